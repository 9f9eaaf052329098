# Least-squares line fit by gradient descent. Hover an expression for its derivatives;
# Julia's implicit multiplication (2x) and dotted operators (.^, .*) are understood.

squared_error(a, b, x, y) = (a*x + b - y)^2

# the gradient of the squared error, by hand
grad_a(a, b, x, y) = 2(a*x + b - y)*x
grad_b(a, b, x, y) = 2(a*x + b - y)

ridge(a, b, λ) = λ * (a^2 + b^2)

quadratic(x) = 3x^2 + 2x + 1

function fit(xs, ys; steps = 500, lr = 0.01)
    a, b = 0.0, 0.0
    for _ in 1:steps
        r = a .* xs .+ b .- ys
        loss = sum(r .^ 2) / length(xs)
        a -= lr * 2sum(r .* xs) / length(xs)
        b -= lr * 2sum(r) / length(xs)
    end
    return a, b
end

xs = [0.0, 1.0, 2.0, 3.0]
ys = [1.0, 3.1, 4.9, 7.2]
println(fit(xs, ys))
