/* Kinematics of a damped oscillator and a falling body. Hover an expression for its derivatives. */
#include <math.h>
#include <stdio.h>

static const double g = 9.81;

/* Displacement of an underdamped oscillator. */
double displacement(double A, double gamma, double omega, double t) {
    return A * exp(-gamma * t) * cos(omega * t);
}

/* Height of a body dropped from h0, after t seconds. */
double height(double h0, double t) {
    return h0 - 0.5 * g * t * t;
}

/* Speed from velocity components. */
double speed(double vx, double vy, double vz) {
    return sqrt(vx * vx + vy * vy + vz * vz);
}

int main(void) {
    double t = 0.5;
    printf("x=%f h=%f v=%f\n", displacement(0.1, 0.3, 6.0, t), height(20.0, t), speed(1.0, 2.0, 2.0));
    return 0;
}
