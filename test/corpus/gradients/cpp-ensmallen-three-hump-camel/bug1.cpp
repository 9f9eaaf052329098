#include <ensmallen.hpp>

namespace ens {
namespace test {

class ThreeHumpCamelFunction
{
 public:
  ThreeHumpCamelFunction() { /* Nothing to do here */ }

  size_t NumFunctions() const { return 1; }

  template<typename MatType>
  typename MatType::elem_type Evaluate(const MatType& coordinates,
                                       const size_t begin,
                                       const size_t batchSize) const;

  template<typename MatType, typename GradType>
  void Gradient(const MatType& coordinates,
                const size_t begin,
                GradType& gradient,
                const size_t batchSize) const;

  template<typename MatType = arma::mat>
  MatType GetInitialPoint() const { return MatType("1; 1"); }
};

template<typename MatType>
typename MatType::elem_type ThreeHumpCamelFunction::Evaluate(
    const MatType& coordinates,
    const size_t /* begin */,
    const size_t /* batchSize */) const
{
  // Convenience typedef.
  typedef typename MatType::elem_type ElemType;

  // For convenience; we assume these temporaries will be optimized out.
  const ElemType x1 = coordinates(0);
  const ElemType x2 = coordinates(1);

  const ElemType objective = (2 * std::pow(x1, ElemType(2))) -
      (ElemType(1.05) * std::pow(x1, ElemType(4))) +
      (std::pow(x1, ElemType(6)) / 6) + (x1 * x2) + std::pow(x2, ElemType(2));
  return objective;
}

template<typename MatType, typename GradType>
inline void ThreeHumpCamelFunction::Gradient(const MatType& coordinates,
                                    const size_t /* begin */,
                                    GradType& gradient,
                                    const size_t /* batchSize */) const
{
  // Convenience typedef.
  typedef typename MatType::elem_type ElemType;

  // For convenience; we assume these temporaries will be optimized out.
  const ElemType x1 = coordinates(0);
  const ElemType x2 = coordinates(1);

  gradient.set_size(2, 1);
  gradient(0) = std::pow(x1, ElemType(5)) -
      (ElemType(4.2) * std::pow(x1, ElemType(3))) + (2 * x1) + x2;
  gradient(1) = x1 + (2 * x2);
}

} // namespace test
} // namespace ens

int main()
{
  ens::test::ThreeHumpCamelFunction f;
  arma::mat coordinates = f.GetInitialPoint();
  ens::L_BFGS optimizer;
  optimizer.Optimize(f, coordinates);
  return 0;
}
