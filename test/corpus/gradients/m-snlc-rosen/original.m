function snlc_example2

  usrfun = @(x) rosen(x);
  x0 = [1.2; -1];

  prob = snlc_solve();
  prob.name = 'rosen';
  prob.x0 = x0;
  prob.usrfun = usrfun;

  out = snlc_solve(prob);
  fprintf('SNOPT returned exit code: %d\n',out.info);

end

function [f g] = rosen(x)
  f = (1-x(1))^2 + 100*(x(2)-x(1)^2)^2;
  if ( nargout > 1 )
    g = [0;0];
    g(1) = 400*x(1)^3-2*x(1)*(200*x(2)-1)-2;
    g(2) = 200*(x(2)-x(1)^2);
  end
end
