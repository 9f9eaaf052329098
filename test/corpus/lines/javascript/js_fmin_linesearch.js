export function wolfeLineSearch(f, pk, current, next, a, c1, c2) {
    a = a || 1;
    c1 = c1 || 1e-6;
    c2 = c2 || 0.1;
}
