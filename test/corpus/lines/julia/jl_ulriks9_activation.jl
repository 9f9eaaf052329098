using Flux

#computes sigmoid of x
function sigmoid(x)
    σ(x)
end

#computes derivative of sigmoid of x
function d_sigmoid(x)
    x * (1 - x)
end
