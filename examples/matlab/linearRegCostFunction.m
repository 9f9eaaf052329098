function [J, grad] = linearRegCostFunction(X, y, theta, lambda)
% Regularized linear regression: the cost and its gradient in one function, as the Coursera
% exercises write it. Run Check Gradient (or look at the CodeLens above): X, y and lambda are
% seeded at the shapes this body implies, and each component of grad is compared with finite
% differences of J. The regularization of the gradient below has a classic slip.
m = length(y); % number of training examples
grad = zeros(size(theta));

err = X * theta - y;
J = 1/(2*m) * (err' * err) + lambda/(2*m) * sum(theta(2:end).^2);

grad = 1/m * X' * err;
grad(2:end) = grad(2:end) + lambda/(2*m) * theta(2:end);
grad = grad(:);
end
