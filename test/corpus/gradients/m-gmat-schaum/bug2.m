function [f,g] = Schaum11p1_n3(x,varargin)

%   Test problem for the NuMin optimizer prototype.

f = -( x(1)*(x(2)-1) + x(3)*(x(3)^2 - 3) );
g(1,1) = -(x(2)-1);
g(2,1) = -x(2);
g(3,1) = -(x(3)^2 - 3) - 2*x(3)^2;
