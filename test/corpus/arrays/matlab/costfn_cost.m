function [J, grad] = costFunction( X, y, theta )
    m = length(y);
    h = sigmoid(X*theta);
    COST = (-y)'*log(h) - (1 - y)'*log(1 - h);
    J = (1/m)*COST;
end
