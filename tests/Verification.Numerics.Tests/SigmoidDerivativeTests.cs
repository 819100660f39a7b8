using System.Numerics;
using MathNet.Numerics.Differentiation;
using Verification.Numerics.Tests.Reference;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

public abstract class SigmoidDerivativeTests<T>
    where T : IFloatingPointIeee754<T>
{
    [Fact]
    public void MatchesHandComputedValues()
    {
        // σ′(0) = ¼; σ′(±ln 3) = ¾·¼ = 3/16.
        var destination = new T[3];
        StablePrimitives.SigmoidDerivative(Array<T>(0, Math.Log(3), -Math.Log(3)), destination);
        Assert.Equal(Of<T>(0.25), destination[0]);
        Tolerance.Epsilons(8).AssertClose(3.0 / 16, destination[1]);
        Tolerance.Epsilons(8).AssertClose(3.0 / 16, destination[2]);

        StablePrimitives.SigmoidDerivativeFromSigmoid(Array<T>(0.5, 0.75, 1), destination);
        Assert.Equal(Array<T>(0.25, 3.0 / 16, 0), destination);
    }

    [Theory]
    [MemberData(nameof(TestNumbers.Lengths), MemberType = typeof(TestNumbers))]
    public void SweepIsWithinSixUlpIncludingTheSubnormalTails(int length)
    {
        var isSingle = typeof(T) == typeof(float);
        var limit = isSingle ? 105.0 : 750.0;
        var x = new T[length * 37];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = Of<T>(-limit + (2 * limit * i / Math.Max(x.Length - 1, 1)));
        }

        var destination = new T[x.Length];
        StablePrimitives.SigmoidDerivative(x, destination);
        Accuracy.AssertUlpBound<T>(x, destination, ExactMath.SigmoidDerivative, 6, "sigmoid derivative");
    }

    [Fact]
    public void FromSigmoidAgreesWithTheDerivativeAwayFromTheTails()
    {
        var x = new T[101];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = Of<T>((i - 50) / 10.0);
        }

        var sigmoid = new T[x.Length];
        var direct = new T[x.Length];
        StablePrimitives.Sigmoid(x, sigmoid);
        StablePrimitives.SigmoidDerivative(x, direct);
        StablePrimitives.SigmoidDerivativeFromSigmoid(sigmoid, sigmoid);
        for (var i = 0; i < x.Length; i++)
        {
            // 1 − s cancels for s near 1; at |x| ≤ 5 that costs at most e⁵ ≈ 150 relative ulps.
            Tolerance.Epsilons(300).AssertClose(double.CreateTruncating(direct[i]), sigmoid[i]);
        }
    }

    [Fact]
    public void AgreesWithAFiniteDifferenceOfTheSigmoid()
    {
        // The witness differentiates the double sigmoid (a float difference quotient would be noise).
        var differentiator = new NumericalDerivative();
        foreach (var point in new[] { -6.0, -1.5, 0, 0.3, 2.0, 7.5 })
        {
            var expected = differentiator.EvaluateDerivative(SigmoidAt, point, 1);
            var actual = new T[1];
            StablePrimitives.SigmoidDerivative(Array<T>(point), actual);
            Assert.Equal(expected, double.CreateTruncating(actual[0]), typeof(T) == typeof(float) ? 1e-6 : 1e-9);
        }

        static double SigmoidAt(double value)
        {
            var result = new double[1];
            StablePrimitives.Sigmoid([value], result);
            return result[0];
        }
    }

    [Fact]
    public void BadArgumentsNameTheArgument()
    {
        var error = Assert.Throws<ArgumentException>(() => StablePrimitives.SigmoidDerivativeFromSigmoid(ReadOnlySpan<T>.Empty, new T[1]));
        Assert.Equal("sigmoid", error.ParamName);
        error = Assert.Throws<ArgumentException>(() => StablePrimitives.SigmoidDerivative(new T[3], new T[2]));
        Assert.Equal("destination", error.ParamName);
    }
}

public sealed class SigmoidDerivativeSingleTests : SigmoidDerivativeTests<float>;

public sealed class SigmoidDerivativeDoubleTests : SigmoidDerivativeTests<double>;
