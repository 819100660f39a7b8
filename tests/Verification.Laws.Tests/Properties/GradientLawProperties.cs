using FsCheck;
using FsCheck.Xunit;
using Verification.Laws.Definitions;
using Verification.Laws.Generators;

namespace Verification.Laws.Tests.Properties;

/// <summary>
/// The vector–Jacobian product and cross-entropy gradient laws hold for our kernels (composed from the Jacobian
/// and softmax kernels until the dedicated kernels land, see <see cref="OurKernels"/>; the composed VJP builds the
/// k×k Jacobian, hence the width cap). Replaying a failure: see <see cref="LawProperty"/>.
/// </summary>
public class GradientLawProperties
{
    private const int Width = 256;

    [Property(MaxTest = 1000)]
    public Property VectorJacobianProductIsJacobianTransposeTimesGradientInFloat() =>
        LawProperty.HoldsForOurs(
            new SoftmaxVectorJacobianProductEqualsJacobianTransposeTimesGradient<float>(),
            LogitGenerators.WithUpstreamGradient(LogitGenerators.Adversarial<float>(Width)));

    [Property(MaxTest = 1000)]
    public Property VectorJacobianProductIsJacobianTransposeTimesGradientInDouble() =>
        LawProperty.HoldsForOurs(
            new SoftmaxVectorJacobianProductEqualsJacobianTransposeTimesGradient<double>(),
            LogitGenerators.WithUpstreamGradient(LogitGenerators.Adversarial<double>(Width)));

    [Property(MaxTest = 1000)]
    public Property CrossEntropyGradientIsSoftmaxMinusTargetInFloat() =>
        LawProperty.HoldsForOurs(
            new CrossEntropyGradientEqualsSoftmaxMinusTarget<float>(),
            LogitGenerators.WithTarget(LogitGenerators.Adversarial<float>()));

    [Property(MaxTest = 1000)]
    public Property CrossEntropyGradientIsSoftmaxMinusTargetInDouble() =>
        LawProperty.HoldsForOurs(
            new CrossEntropyGradientEqualsSoftmaxMinusTarget<double>(),
            LogitGenerators.WithTarget(LogitGenerators.Adversarial<double>()));
}
