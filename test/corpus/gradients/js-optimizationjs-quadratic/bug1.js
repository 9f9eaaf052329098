if(optimjs == null){
    var optimjs = require('../src/optimization')
}

// this is a convex function with the unique global optimum at [1.0, 0.0, -2.0]
var objective = function (x) {
    return (x[0]-1.0)*(x[0]-1.0) + (x[1]+0.5)*(x[1]+0.5) + (x[2]+2.0)*(x[2]+2.0)
}

// gradient of objective
var gradient = function (x) {
    return [2.0*(x[0]-1.0), 2.0*(x[1]-0.5), 2.0*(x[2]+2.0)]
}

function example_minimization_gd(){
    var x0 = [1.2, 2.0, -3.1]
    var solution = optimjs.minimize_GradientDescent(objective, gradient, x0)
    return solution
}

function example_minimization_lbfgs(){
    var x0 = [1.2, 2.0, -3.1]
    var solution = optimjs.minimize_L_BFGS(objective, gradient, x0)
    return solution
}

exports = typeof module != 'undefined' && module.exports;
exports.example_minimization_gd = example_minimization_gd
exports.example_minimization_lbfgs = example_minimization_lbfgs
