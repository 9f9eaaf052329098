export const trid = {
    f: (X) => {
        const x = X[0];
        const y = X[1];
        return (x - 1) * (x - 1) + (y - 1) * (y - 1) - x * y;
    },

    fprime: (X, fxprime) => {
        fxprime = fxprime || [0, 0];
        const x = X[0];
        const y = X[1];
        fxprime[0] = 2 * (x - 1) - y;
        fxprime[1] = 2 * (y - 1) - x;
        return fxprime;
    },

    xDomain: [-4, 4],
    yDomain: [4, -4],
};

export const dixonPrice = {
    f: (X) => {
        const x = X[0];
        const y = X[1];

        return (x - 1) * (x - 1) + 2 * (2 * y - x) * (2 * y - x);
    },

    fprime: (X, fxprime) => {
        fxprime = fxprime || [0, 0];
        const x = X[0];
        const y = X[1];
        fxprime[0] = 2 * (x - 1) - 2 * (2 * y - x);
        fxprime[1] = 4 * (2 * y - x);
        return fxprime;
    },

    xDomain: [-10, 10],
    yDomain: [10, -10],
};
