using System.Numerics;
using Verification.Numerics.Tests.Reference;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

public abstract class LogSigmoidTests<T>
    where T : IFloatingPointIeee754<T>
{
    [Fact]
    public void MatchesHandComputedValues()
    {
        // log σ(0) = −ln 2; log σ(ln 3) = ln ¾; log σ(−ln 3) = ln ¼; log σ(50) = −log1p(e^(−50)).
        var destination = new T[5];
        StablePrimitives.LogSigmoid(Array<T>(0, Math.Log(3), -Math.Log(3), 50, -1000), destination);
        Tolerance.Epsilons(8).AssertClose(-Math.Log(2), destination[0]);
        Tolerance.Epsilons(8).AssertClose(Math.Log(0.75), destination[1]);
        Tolerance.Epsilons(8).AssertClose(Math.Log(0.25), destination[2]);
        Tolerance.Epsilons(4).AssertClose(-1.9287498479639178e-22, destination[3]);
        Assert.Equal(Of<T>(-1000), destination[4]);
    }

    [Fact]
    public void SweepIsWithinFourUlp()
    {
        var isSingle = typeof(T) == typeof(float);
        var (low, high) = isSingle ? (-200.0, 110.0) : (-800.0, 760.0);
        var x = new T[20_011];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = Of<T>(low + ((high - low) * i / (x.Length - 1)));
        }

        var destination = new T[x.Length];
        StablePrimitives.LogSigmoid(x, destination);
        Accuracy.Report("log-sigmoid", Accuracy.AssertUlpBound<T>(x, destination, ExactMath.LogSigmoid, 4, "log-sigmoid"));
    }

    [Fact]
    public void SpecialValuesAndBadArguments()
    {
        var x = Array<T>(double.PositiveInfinity, double.NegativeInfinity, double.NaN);
        StablePrimitives.LogSigmoid(x, x);
        Assert.Equal(T.Zero, x[0]);
        Assert.Equal(T.NegativeInfinity, x[1]);
        Assert.True(T.IsNaN(x[2]));

        var error = Assert.Throws<ArgumentException>(() => StablePrimitives.LogSigmoid(ReadOnlySpan<T>.Empty, new T[1]));
        Assert.Equal("x", error.ParamName);
        error = Assert.Throws<ArgumentException>(() => StablePrimitives.LogSigmoid(new T[2], new T[1]));
        Assert.Equal("destination", error.ParamName);
    }
}

public sealed class LogSigmoidSingleTests : LogSigmoidTests<float>;

public sealed class LogSigmoidDoubleTests : LogSigmoidTests<double>;
