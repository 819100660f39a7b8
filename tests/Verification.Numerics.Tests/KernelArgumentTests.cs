using System.Numerics;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

/// <summary>
/// The argument checks of the binary cross-entropy, label smoothing and batched Jacobian kernels, each asserted by
/// parameter name, and the binary mean's compensated sum. Mutation testing found each could be deleted unnoticed
/// (the cross-entropy ones are in <see cref="CrossEntropyArgumentTests{T}"/>).
/// </summary>
public abstract class KernelArgumentTests<T>
    where T : IFloatingPointIeee754<T>
{
    private static readonly T Smoothing = Of<T>(0.1);

    [Fact]
    public void BinaryCrossEntropyChecksEveryArgument()
    {
        var logits = Array<T>(1, 2, 3);
        var targets = Array<T>(0, 1, 0.5);
        AssertRejects<ArgumentException>("logits", () => StablePrimitives.BinaryCrossEntropyGradient<T>([], [], new T[1]));
        AssertRejects<ArgumentException>("targets", () => StablePrimitives.BinaryCrossEntropyGradient<T>(logits, Array<T>(0, 1), new T[3]));
        AssertRejects<ArgumentOutOfRangeException>("targets", () => StablePrimitives.BinaryCrossEntropyGradient<T>(logits, Array<T>(0, 1.5, 0), new T[3]));
        AssertRejects<ArgumentOutOfRangeException>("targets", () => StablePrimitives.BinaryCrossEntropyMeanGradient<T>(logits, Array<T>(0, -0.5, 0), new T[3]));
        AssertRejects<ArgumentException>("destination", () => StablePrimitives.BinaryCrossEntropy<T>(logits, targets, new T[2]));
        AssertRejects<ArgumentException>("destination", () => StablePrimitives.BinaryCrossEntropyMeanGradient<T>(logits, targets, new T[2]));
        AssertRejects<ArgumentException>("destination", () =>
        {
            var buffer = Array<T>(1, 2, 3, 4);
            StablePrimitives.BinaryCrossEntropy<T>(buffer.AsSpan(0, 3), targets, buffer.AsSpan(1, 3));
        });
        AssertRejects<ArgumentException>("destination", () =>
        {
            var buffer = Array<T>(0, 1, 0.5, 0);
            StablePrimitives.BinaryCrossEntropyGradient<T>(logits, buffer.AsSpan(0, 3), buffer.AsSpan(1, 3));
        });
    }

    [Fact]
    public void BinaryCrossEntropyMeanIsACompensatedSum()
    {
        // One loss of ln 2 (logit 0) and 1000 of log1p(e⁻²⁰) ≈ 2.06·10⁻⁹ (logit −20, target 0): in float the small
        // losses vanish from a plain running sum; log1p(u) = u − u²/2 is exact here to 10⁻²⁶ relative.
        const int smallCount = 1000;
        var logits = new T[smallCount + 1];
        logits.AsSpan(1).Fill(Of<T>(-20));
        var expected = (Math.Log(2) + (smallCount * (Math.Exp(-20) - (Math.Exp(-40) / 2)))) / (smallCount + 1);
        Tolerance.Epsilons(8).AssertClose(expected, StablePrimitives.BinaryCrossEntropyMean<T>(logits, new T[smallCount + 1]));
    }

    [Fact]
    public void LabelSmoothingKernelsCheckEveryArgument()
    {
        var logits = Array<T>(1, 2, 3);
        var targets = Array<T>(0, 0, 1);
        AssertRejects<ArgumentException>("targets", () => StablePrimitives.SmoothLabels<T>([], new T[1], Smoothing));
        AssertRejects<ArgumentException>("targets", () => StablePrimitives.SmoothLabels<T>(Array<T>(0.5, 0.4), new T[2], Smoothing));
        AssertRejects<ArgumentException>("destination", () => StablePrimitives.SmoothLabels<T>(targets, new T[2], Smoothing));
        AssertRejects<ArgumentException>("destination", () =>
        {
            var buffer = Array<T>(0, 0, 1, 0);
            StablePrimitives.SmoothLabels<T>(buffer.AsSpan(0, 3), buffer.AsSpan(1, 3), Smoothing);
        });
        AssertRejects<ArgumentException>("logits", () => StablePrimitives.CrossEntropy<T>([], [], Smoothing));
        AssertRejects<ArgumentException>("targetProbabilities", () => StablePrimitives.CrossEntropy<T>(logits, Array<T>(0, 1), Smoothing));
        AssertRejects<ArgumentException>("logits", () => StablePrimitives.CrossEntropyGradient<T>([], [], new T[1], Smoothing));
        AssertRejects<ArgumentException>("targetProbabilities", () => StablePrimitives.CrossEntropyGradient<T>(logits, Array<T>(0, 1), new T[3], Smoothing));
        AssertRejects<ArgumentException>("targetProbabilities", () => StablePrimitives.CrossEntropyGradient<T>(logits, Array<T>(0.5, 0.4, 0), new T[3], Smoothing));
        AssertRejects<ArgumentException>("destination", () => StablePrimitives.CrossEntropyGradient<T>(logits, targets, new T[2], Smoothing));
        AssertRejects<ArgumentException>("destination", () =>
        {
            var buffer = Array<T>(1, 2, 3, 4);
            StablePrimitives.CrossEntropyGradient<T>(buffer.AsSpan(0, 3), targets, buffer.AsSpan(1, 3), Smoothing);
        });
        AssertRejects<ArgumentException>("destination", () => StablePrimitives.CrossEntropyGradient<T>(logits, targets, targets, Smoothing));
    }

    [Fact]
    public void BatchedJacobiansCheckTheirShape()
    {
        var batch = Array<T>(1, 2, 3, 4);
        AssertRejects<ArgumentException>("destination", () => StablePrimitives.SoftmaxJacobian<T>(batch, new T[7], 2));
        AssertRejects<ArgumentException>("destination", () =>
        {
            var buffer = new T[12];
            StablePrimitives.SoftmaxJacobian<T>(buffer.AsSpan(0, 4), buffer.AsSpan(2, 8), 2);
        });

        // A row of 46,341 entries has a Jacobian of 46,341² > 2³¹ − 1 entries; 2,148 rows of 1,000 have
        // 2.148·10⁹ Jacobian entries in all: neither fits a span, and both say so instead of overflowing.
        AssertRejects<ArgumentException>("rowWidth", () => StablePrimitives.SoftmaxJacobian<T>(new T[46_341], [], 46_341));
        AssertRejects<ArgumentException>("x", () => StablePrimitives.SoftmaxJacobian<T>(new T[2_148_000], [], 1_000));
        AssertRejects<ArgumentException>("destination", () => StablePrimitives.SoftmaxJacobian<T>(new T[2_147_000], [], 1_000));
    }

    private static void AssertRejects<TException>(string parameterName, Action call)
        where TException : ArgumentException =>
        Assert.Equal(parameterName, Assert.Throws<TException>(call).ParamName);
}

public sealed class KernelArgumentSingleTests : KernelArgumentTests<float>;

public sealed class KernelArgumentDoubleTests : KernelArgumentTests<double>;
