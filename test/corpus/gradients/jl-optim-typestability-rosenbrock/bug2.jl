using Optim, Test

@testset "Type Stability" begin
    function rosenbrock(x::Vector{T}) where {T}
        o = one(T)
        c = convert(T, 100)
        return (o - x[1])^2 + c * (x[2] - x[1]^2)^2
    end

    function rosenbrock_gradient!(storage::Vector{T}, x::Vector{T}) where {T}
        o = one(T)
        c = convert(T, 100)
        storage[1] = (-2 * o) * (o - x[1]) - (4 * c) * (x[2] - x[1]^2) * x[1]
        storage[2] = (2 * c) * (x[2] + x[1]^2)
    end

    for method in (BFGS(), ConjugateGradient(), GradientDescent())
        optimize(rosenbrock, rosenbrock_gradient!, [0.0, 0.0], method)
    end
end
