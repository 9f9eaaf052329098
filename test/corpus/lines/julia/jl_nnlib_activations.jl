oftf(x, y) = oftype(float(x), y)

function gelu_tanh(x)
    α = oftf(x, 0.044715)
    λ = oftf(x, gelu_λ)
    x/2 * (1 + tanh_fast(λ * (x + α * x^3)))
end

const gelu_λ = √(2 / π)
const gelu_2λ = √(8 / π)

function deriv_gelu_tanh(x)
    α = oftf(x, 0.044715)
    α2 = oftf(x, 0.08943)
    λ = oftf(x, gelu_λ)
    x2 = x * x
    t = muladd(x2, α, one(x))
    z = λ * x * t
    Ω = tanh_fast(z)
    sech2 = 1 - Ω^2
    (1 + Ω)/2 + x * λ * muladd(x2, α2, t) * sech2 / 2
end

function gelu_sigmoid(x)
    α = oftf(x, 0.044715)
    λλ = oftf(x, gelu_2λ)
    x * sigmoid_fast(λλ * x * muladd(x^2, α, one(x)))
end

function deriv_gelu_sigmoid(x)
    α = oftf(x, 0.044715)
    α2 = oftf(x, 0.08943)
    λλ = oftf(x, gelu_2λ)
    x2 = x * x
    t = muladd(x2, α, one(x))
    Ω = sigmoid_fast(λλ * x * t)
    dσ = conj(Ω * (1 - Ω))
    muladd(dσ * λλ * muladd(x2, α2, t), x, Ω)
end
