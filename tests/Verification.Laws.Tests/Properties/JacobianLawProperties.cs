using FsCheck;
using FsCheck.Xunit;
using Verification.Laws.Definitions;
using Verification.Laws.Generators;

namespace Verification.Laws.Tests.Properties;

/// <summary>
/// The Jacobian laws hold for our kernels; rows are capped at width 64 because the Jacobian is k×k (and the
/// eigenvalue check O(k³)). Replaying a failure: see <see cref="LawProperty"/>.
/// </summary>
public class JacobianLawProperties
{
    private const int Width = 64;

    [Property(MaxTest = 1000)]
    public Property IsBitwiseSymmetricInFloat() =>
        LawProperty.HoldsForOurs(new SoftmaxJacobianIsSymmetric<float>(SymmetryRequirement.Bitwise), LogitGenerators.Adversarial<float>(Width));

    [Property(MaxTest = 1000)]
    public Property IsBitwiseSymmetricInDouble() =>
        LawProperty.HoldsForOurs(new SoftmaxJacobianIsSymmetric<double>(SymmetryRequirement.Bitwise), LogitGenerators.Adversarial<double>(Width));

    [Property(MaxTest = 1000)]
    public Property IsSymmetricWithinToleranceInFloat() =>
        LawProperty.HoldsForOurs(new SoftmaxJacobianIsSymmetric<float>(), LogitGenerators.Adversarial<float>(Width));

    [Property(MaxTest = 1000)]
    public Property IsSymmetricWithinToleranceInDouble() =>
        LawProperty.HoldsForOurs(new SoftmaxJacobianIsSymmetric<double>(), LogitGenerators.Adversarial<double>(Width));

    [Property(MaxTest = 1000)]
    public Property RowsSumToZeroInFloat() =>
        LawProperty.HoldsForOurs(new SoftmaxJacobianRowsSumToZero<float>(), LogitGenerators.Adversarial<float>(Width));

    [Property(MaxTest = 1000)]
    public Property RowsSumToZeroInDouble() =>
        LawProperty.HoldsForOurs(new SoftmaxJacobianRowsSumToZero<double>(), LogitGenerators.Adversarial<double>(Width));

    [Property(MaxTest = 1000)]
    public Property EqualsDiagonalMinusOuterProductInFloat() =>
        LawProperty.HoldsForOurs(new SoftmaxJacobianEqualsDiagonalMinusOuterProduct<float>(), LogitGenerators.Adversarial<float>(Width));

    [Property(MaxTest = 1000)]
    public Property EqualsDiagonalMinusOuterProductInDouble() =>
        LawProperty.HoldsForOurs(new SoftmaxJacobianEqualsDiagonalMinusOuterProduct<double>(), LogitGenerators.Adversarial<double>(Width));

    [Property(MaxTest = 1000)]
    public Property IsPositiveSemidefiniteInFloat() =>
        LawProperty.HoldsForOurs(new SoftmaxJacobianIsPositiveSemidefinite<float>(), LogitGenerators.Adversarial<float>(Width));

    [Property(MaxTest = 1000)]
    public Property IsPositiveSemidefiniteInDouble() =>
        LawProperty.HoldsForOurs(new SoftmaxJacobianIsPositiveSemidefinite<double>(), LogitGenerators.Adversarial<double>(Width));
}
