#include "dlib/optimization.h"
#include <iostream>

using namespace std;
using namespace dlib;

typedef matrix<double,0,1> column_vector;

double rosen ( const column_vector& m)
{
    const double x = m(0);
    const double y = m(1);

    // compute Rosenbrock's function and return the result
    return 100.0*pow(y - x*x,2) + pow(1 - x,2);
}

const column_vector rosen_derivative ( const column_vector& m)
{
    const double x = m(0);
    const double y = m(1);

    // make us a column vector of length 2
    column_vector res(2);

    // now compute the gradient vector
    res(0) = -400*x*(y-x*x) - 2*(1-y); // derivative of rosen() with respect to x
    res(1) = 200*(y-x*x);              // derivative of rosen() with respect to y
    return res;
}

int main()
{
    column_vector starting_point;
    starting_point.set_size(2);
    starting_point = 4, 8;
    find_min_quasi_newton(&rosen, &rosen_derivative, starting_point, -1);
    cout << starting_point << endl;

    starting_point = 4, 8;
    find_min_conjugate_gradient(&rosen, &rosen_derivative, starting_point, -1);
    cout << starting_point << endl;
}
