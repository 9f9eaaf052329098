function dense(w, x, b, activation)
    return activation(w * x .+ b)
end
