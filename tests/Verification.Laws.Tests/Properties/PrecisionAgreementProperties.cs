using FsCheck;
using FsCheck.Xunit;
using Verification.Laws.Definitions;
using Verification.Laws.Generators;

namespace Verification.Laws.Tests.Properties;

/// <summary>Our float softmax agrees with our double softmax to float precision (replaying a failure: see <see cref="LawProperty"/>).</summary>
public class PrecisionAgreementProperties
{
    [Property(MaxTest = 1000)]
    public Property FloatSoftmaxAgreesWithDoubleSoftmax() =>
        LawProperty.HoldsForOurs(new SoftmaxSingleAgreesWithDouble(), LogitGenerators.Adversarial<float>());
}
