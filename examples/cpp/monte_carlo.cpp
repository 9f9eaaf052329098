// Midpoint estimate of the integral of exp(-x/2) on [0, 1], printed with std::cout.
// Hover `sum / N` (an operand of the stream insertion) and the one-line loop body.
#include <cmath>
#include <iostream>

int main() {
    int N = 1000;
    double sum = 0.0;
    for (int i = 0; i < N; ++i) sum += std::exp(-0.5 * (i + 0.5) / N);
    std::cout << "Estimate = " << sum / N << '\n';
    return 0;
}
