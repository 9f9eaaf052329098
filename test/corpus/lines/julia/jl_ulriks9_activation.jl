using Flux
function sigmoid(x)
    σ(x)
end

function d_sigmoid(x)
    x * (1 - x)
end
