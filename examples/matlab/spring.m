% Energy of a damped spring-mass system. Hover an expression for its derivatives;
% element-wise operators (.^, .*, ./) are understood.

k = 40;      % spring constant, N/m
m = 0.5;     % mass, kg
c = 0.8;     % damping, N s/m

t = linspace(0, 2, 201);
omega = sqrt(k/m - (c/(2*m))^2);
x = 0.1 .* exp(-c/(2*m) .* t) .* cos(omega .* t);

% potential and kinetic energy as functions of displacement and velocity
Ep = 0.5 * k .* x.^2;
v = 0.2;
Ek = 0.5 * m * v.^2;

% restoring force is the negative derivative of the potential: F = -k*x
E = 0.5*k*x.^2 + 0.5*m*v.^2;

plot(t, Ep);
