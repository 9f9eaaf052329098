using Flux

W = rand(2, 5)
b = rand(2)

predict(x) = W*x .+ b

function loss(x, y)
    ŷ = predict(x)
    sum((y .- ŷ).^2)
end
