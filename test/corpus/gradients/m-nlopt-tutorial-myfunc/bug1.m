function [val, gradient] = myfunc(x)
    val = sqrt(x(2));
    if (nargout > 1)
        gradient = [0, 0.5 * val];
    end

% opt.algorithm = NLOPT_LD_MMA
% opt.lower_bounds = [-inf, 0]
% opt.min_objective = @myfunc
% opt.xtol_rel = 1e-4
% [xopt, fmin, retcode] = nlopt_optimize(opt, [1.234 5.678])
