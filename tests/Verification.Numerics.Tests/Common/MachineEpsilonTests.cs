using Verification.Numerics.Common;
using Verification.TestSupport;

namespace Verification.Numerics.Tests.Common;

/// <summary>
/// The kernels' ε (their argument checks scale by it) is the tests' ε: the library cannot depend on the
/// test support, so the two one-line definitions are pinned together here.
/// </summary>
public class MachineEpsilonTests
{
    [Fact]
    public void TheKernelsEpsilonIsTheTestsEpsilon()
    {
        Assert.Equal(FloatingPoint.MachineEpsilon<float>(), MachineEpsilon.Of<float>());
        Assert.Equal(FloatingPoint.MachineEpsilon<double>(), MachineEpsilon.Of<double>());
    }
}
