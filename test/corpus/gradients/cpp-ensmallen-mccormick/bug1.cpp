#include <ensmallen.hpp>

namespace ens {
namespace test {

class McCormickFunction
{
 public:
  McCormickFunction() { /* Nothing to do here */ }

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
  MatType GetInitialPoint() const { return MatType("-2; 4"); }
};

template<typename MatType>
typename MatType::elem_type McCormickFunction::Evaluate(
    const MatType& coordinates,
    const size_t /* begin */,
    const size_t /* batchSize */) const
{
  // Convenience typedef.
  typedef typename MatType::elem_type ElemType;

  // For convenience; we assume these temporaries will be optimized out.
  const ElemType x1 = coordinates(0);
  const ElemType x2 = coordinates(1);

  const ElemType objective = std::sin(x1 + x2) +
      std::pow(x1 - x2, ElemType(2)) -
      ElemType(1.5) * x1 +
      ElemType(2.5) * x2 + 1;

  return objective;
}

template<typename MatType, typename GradType>
inline void McCormickFunction::Gradient(const MatType& coordinates,
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
  gradient(0) = -std::cos(x1 + x2) + 2 * x1 - 2 * x2 - ElemType(1.5);
  gradient(1) = std::cos(x1 + x2) - 2 * x1 + 2 * x2 + ElemType(2.5);
}

} // namespace test
} // namespace ens

int main()
{
  ens::test::McCormickFunction f;
  arma::mat coordinates = f.GetInitialPoint();
  ens::L_BFGS optimizer;
  optimizer.Optimize(f, coordinates);
  return 0;
}
