function result = f(z)
    result = z ./ (1 + exp(-z)); % swish function
end
