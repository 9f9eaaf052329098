// Activation functions and their uses in a tiny layer. Hover an expression for its derivatives.
#include <cmath>
#include <cstdio>

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

double softplus(double z) { return std::log1p(std::exp(z)); }

double swish(double z, double beta) { return z / (1.0 + std::exp(-beta * z)); }

double tanh_layer(double w, double x, double b) { return std::tanh(w * x + b); }

double elu_positive_branch(double z) { return z; }

double elu_negative_branch(double z, double alpha) { return alpha * std::expm1(z); }

double gaussian(double x, double mu, double sigma) {
    return std::exp(-std::pow(x - mu, 2) / (2.0 * sigma * sigma));
}

int main() {
    std::printf("%f %f %f %f %f\n", sigmoid(0.5), softplus(0.5), swish(0.5, 1.0), tanh_layer(0.3, 2.0, 0.1),
                gaussian(0.2, 0.0, 1.0));
    return 0;
}
