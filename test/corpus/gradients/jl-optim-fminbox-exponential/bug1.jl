using Optim, Test

@testset "simple input" begin
    function exponential(x)
        return exp((2.0 - x[1])^2) + exp((3.0 - x[2])^2)
    end

    function exponential_gradient!(storage, x)
        storage[1] = 2.0 * (2.0 - x[1]) * exp((2.0 - x[1])^2)
        storage[2] = -2.0 * (3.0 - x[2]) * exp((3.0 - x[2])^2)
        storage
    end

    initial_x = [0.0, 0.0]
    optimize(exponential, exponential_gradient!, initial_x, BFGS())
    lb = fill(-0.1, 2)
    ub = fill(1.1, 2)
    od = OnceDifferentiable(exponential, exponential_gradient!, initial_x)
    optimize(od, lb, ub, initial_x, Fminbox())
end
