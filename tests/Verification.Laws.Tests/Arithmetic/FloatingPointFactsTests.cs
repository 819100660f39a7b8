using Verification.Laws.Arithmetic;
using Verification.TestSupport;

namespace Verification.Laws.Tests.Arithmetic;

/// <summary>
/// The laws' ε is the tests' ε: the laws stand apart from every other library and from the test support,
/// so their one-line definition is pinned to the shared one here, with the constants derived from it.
/// </summary>
public class FloatingPointFactsTests
{
    [Fact]
    public void TheLawsEpsilonIsTheTestsEpsilon()
    {
        Assert.Equal(FloatingPoint.MachineEpsilon<float>(), FloatingPointFacts<float>.MachineEpsilon);
        Assert.Equal(FloatingPoint.MachineEpsilon<double>(), FloatingPointFacts<double>.MachineEpsilon);
    }

    [Fact]
    public void TheSmallestNormalIsOneUlpAboveTheLargestSubnormal()
    {
        Assert.Equal(1ul, FloatingPoint.UlpDistance(Math.BitDecrement(FloatingPointFacts<double>.SmallestNormal), FloatingPointFacts<double>.SmallestNormal));
        Assert.Equal(1ul, FloatingPoint.UlpDistance(MathF.BitDecrement((float)FloatingPointFacts<float>.SmallestNormal), (float)FloatingPointFacts<float>.SmallestNormal));
    }
}
