function [f,g] = rosenbrock(x,varargin)

%   Test problem for the NuMin optimizer prototype.

f = (1 - x(1))^2 + 100*(x(2) - x(1)^2)^2;
g = [  -2*(1 - x(1)) - 200*(x(2) - x(1)^2)*x(1)
        200*(x(2) - x(1)^2)];
