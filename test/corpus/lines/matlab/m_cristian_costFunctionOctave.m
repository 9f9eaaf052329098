function [J, grad] = costFunctionOctave(theta, X, y)
m = length(y);
J = 0;
grad = zeros(size(theta));  
Jtmp=0;
h= zeros(m,1);  
hx = X*theta;  
h = sigmoidOctave(hx);  
for i=1:m,  
    Jtmp=Jtmp+(-y(i)*log(h(i))-(1-y(i))*log(1-h(i)));  
end;
J=(1/m)*Jtmp;  
sum1 =zeros(size(X,2),1);
for i=1:m
    sum1 = sum1+(h(i)-y(i)).*X(i,:)';  
end;
grad= (1/m)*sum1; 
