export const himmelblau = {
    initial: [-0.15, 0.67],
    f: (X) => {
        const x = X[0];
        const y = X[1];
        return (x * x + y - 11) * (x * x + y - 11) + (x + y * y - 7) * (x + y * y - 7);
    },
    fprime: (X, fxprime) => {
        fxprime = fxprime || [0, 0];
        const x = X[0];
        const y = X[1];
        fxprime[0] = 4 * (x * x + y - 11) * x + 2 * (x + y * y - 7);
        fxprime[1] = 2 * (x * x + y - 11) + 4 * (x + y * y - 7);
        return fxprime;
    },
    xDomain: [-6.1, 6],
    yDomain: [6, -6],
    minima: [
        { x: 3.584428, y: -1.848126 },
        { x: -2.805118, y: 3.131312 },
        { x: -3.77931, y: -3.283186 },
        { x: 3, y: 2 },
    ],
    colourDomain: [2, 13],
};
