#include <ensmallen.hpp>

namespace ens {
namespace test {

class BealeFunction
{
 public:
  BealeFunction() { /* Nothing to do here */ }

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
  MatType GetInitialPoint() const { return MatType("2.8; 0.35"); }
};

template<typename MatType>
typename MatType::elem_type BealeFunction::Evaluate(
    const MatType& coordinates,
    const size_t /* begin */,
    const size_t /* batchSize */) const
{
  // Convenience typedef.
  typedef typename MatType::elem_type ElemType;

  // For convenience; we assume these temporaries will be optimized out.
  const ElemType x1 = coordinates(0);
  const ElemType x2 = coordinates(1);

  const ElemType objective =
      std::pow(ElemType(1.5) - x1 + x1 * x2, ElemType(2)) +
      std::pow(ElemType(2.25) - x1 + x1 * x2 * x2, ElemType(2)) +
      std::pow(ElemType(2.625) - x1 + x1 * std::pow(x2, ElemType(3)),
          ElemType(2));

  return objective;
}

template<typename MatType, typename GradType>
inline void BealeFunction::Gradient(const MatType& coordinates,
                                    const size_t /* begin */,
                                    GradType& gradient,
                                    const size_t /* batchSize */) const
{
  // Convenience typedef.
  typedef typename MatType::elem_type ElemType;

  // For convenience; we assume these temporaries will be optimized out.
  const ElemType x1 = coordinates(0);
  const ElemType x2 = coordinates(1);

  // Aliases for different terms in the expression of the gradient.
  const ElemType x2Sq = x2 * x2;
  const ElemType x2Cub = std::pow(x2, ElemType(3));

  gradient.set_size(2, 1);
  gradient(0) = ((2 * x2 - 2) * (x1 * x2 - x1 + ElemType(1.5))) +
      ((2 * x2 - 2) * (x1 * x2Sq - x1 + ElemType(2.25))) +
      ((2 * x2Cub - 2) * (x1 * x2Cub - x1 + ElemType(2.625)));
  gradient(1) = (6 * x1 * x2Sq * (x1 * x2Cub - x1 + ElemType(2.625))) +
      (4 * x1 * x2 * (x1 * x2Sq - x1 + ElemType(2.25))) +
      (2 * x1 * (x1 * x2 - x1 + ElemType(1.5)));
}

} // namespace test
} // namespace ens

int main()
{
  ens::test::BealeFunction f;
  arma::mat coordinates = f.GetInitialPoint();
  ens::L_BFGS optimizer;
  optimizer.Optimize(f, coordinates);
  return 0;
}
