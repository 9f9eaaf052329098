export const flower = {
    initial: [-3.5, 2.75],

    f: (X) => {
        const x = X[0];
        const y = X[1];
        return Math.sin(y) * x + Math.sin(x) * y + x * x + y * y;
    },

    fprime: (X, fxprime) => {
        fxprime = fxprime || [0, 0];
        const x = X[0];
        const y = X[1];
        fxprime[0] = Math.sin(y) + Math.cos(x) * y + 2 * x;
        fxprime[1] = Math.sin(x) + Math.cos(y) * x + 2 * y;
        return fxprime;
    },

    xDomain: [-6, 6],
    yDomain: [6, -6],
};

export const mccormick = {
    f: (X) => {
        const x = X[0];
        const y = X[1];
        return Math.sin(x + y) + (x - y) * (x - y) - 1.5 * x + 2.5 * y + 3;
    },

    fprime: (X, fxprime) => {
        fxprime = fxprime || [0, 0];
        const x = X[0];
        const y = X[1];
        fxprime[0] = Math.sin(y) + Math.cos(x) * y - 2 * x;
        fxprime[1] = Math.sin(x) + Math.cos(y) * x + 2 * y;
        return fxprime;
    },

    xDomain: [-6, 6],
    yDomain: [6, -6],
};
