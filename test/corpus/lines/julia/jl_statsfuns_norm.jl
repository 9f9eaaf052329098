# functions related to normal distribution
function xval(μ::Real, σ::Real, z::Number)
    return if isinf(z) && iszero(σ)
        μ + one(σ) * z
    else
        μ + σ * z
    end
end

zval(μ::Real, σ::Real, x::Number) = (x - μ) / σ
normpdf(z::Number) = exp(-abs2(z) / 2) * invsqrt2π
function normpdf(μ::Real, σ::Real, x::Number)
    if iszero(σ)
        if x == μ
            z = zval(μ, one(σ), x)
        else
            z = zval(μ, σ, x)
            σ = one(σ)
        end
    else
        z = zval(μ, σ, x)
    end
    return normpdf(z) / σ
end

normlogpdf(z::Number) = -(abs2(z) + log2π) / 2
function normlogpdf(μ::Real, σ::Real, x::Number)
    if iszero(σ)
        if x == μ
            z = zval(μ, one(σ), x)
        else
            z = zval(μ, σ, x)
            σ = one(σ)
        end
    else
        z = zval(μ, σ, x)
    end
    return normlogpdf(z) - log(σ)
end
