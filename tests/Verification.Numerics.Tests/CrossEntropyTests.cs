using System.Numerics;
using MathNet.Numerics.Differentiation;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

public abstract class CrossEntropyTests<T>
    where T : IFloatingPointIeee754<T>
{
    [Fact]
    public void MatchesHandComputedValues()
    {
        // softmax(0, ln 3) = (¼, ¾): −log ¾ = ln(4/3) for class 1, ln 4 for class 0.
        var logits = Array<T>(0, Math.Log(3));
        Tolerance.Epsilons(8).AssertClose(Math.Log(4.0 / 3), StablePrimitives.CrossEntropy<T>(logits, 1));
        Tolerance.Epsilons(8).AssertClose(Math.Log(4), StablePrimitives.CrossEntropy<T>(logits, 0));
        Tolerance.Epsilons(8).AssertClose((0.5 * Math.Log(4)) + (0.5 * Math.Log(4.0 / 3)), StablePrimitives.CrossEntropy<T>(logits, Array<T>(0.5, 0.5)));

        // Huge logits neither overflow nor lose the answer: softmax(1000, 0)₁ = e^(−1000).
        Tolerance.Epsilons(1).AssertClose(1000, StablePrimitives.CrossEntropy<T>(Array<T>(1000, 0), 1));
    }

    [Fact]
    public void ConfidentCorrectPredictionKeepsItsTinyLossAndGradient()
    {
        // −log softmax(0, −50)₀ = log1p(e^(−50)) = 1.9287498479639178e-22; the gradient entry s₀ − 1
        // is −e^(−50)/(1 + e^(−50)), the same number to 17 digits, not the 0 of a cancelling s₀ − 1.
        var logits = Array<T>(0, -50);
        Tolerance.Epsilons(4).AssertClose(1.9287498479639178e-22, StablePrimitives.CrossEntropy<T>(logits, 0));
        var gradient = new T[2];
        StablePrimitives.CrossEntropyGradient(logits, 0, gradient);
        Tolerance.Epsilons(8).AssertClose(-1.9287498479639178e-22, gradient[0]);
        Tolerance.Epsilons(8).AssertClose(1.9287498479639178e-22, gradient[1]);
    }

    [Fact]
    public void GradientsMatchHandComputedValues()
    {
        var gradient = new T[2];
        StablePrimitives.CrossEntropyGradient(Array<T>(0, Math.Log(3)), 1, gradient);
        Tolerance.Epsilons(8).AssertClose(0.25, gradient[0]);
        Tolerance.Epsilons(8).AssertClose(-0.25, gradient[1]);

        StablePrimitives.CrossEntropyGradient(Array<T>(0, Math.Log(3)), Array<T>(0.5, 0.5), gradient);
        Tolerance.Epsilons(8).AssertClose(-0.25, gradient[0]);
        Tolerance.Epsilons(8).AssertClose(0.25, gradient[1]);
    }

    [Fact]
    public void GradientIsTheFiniteDifferenceOfTheLoss()
    {
        var x = new[] { 0.4, -1.3, 2.2, 0.1 };
        var y = new[] { 0.1, 0.2, 0.3, 0.4 };
        var numerical = new NumericalJacobian();
        var expectedForClass = numerical.Evaluate(point => StablePrimitives.CrossEntropy<double>(point, 2), x);
        var expectedForProbabilities = numerical.Evaluate(point => StablePrimitives.CrossEntropy<double>(point, y), x);
        var forClass = new T[4];
        var forProbabilities = new T[4];
        StablePrimitives.CrossEntropyGradient(Array<T>(x), 2, forClass);
        StablePrimitives.CrossEntropyGradient(Array<T>(x), Array<T>(y), forProbabilities);
        var tolerance = typeof(T) == typeof(float) ? 1e-6 : 1e-9;
        for (var i = 0; i < x.Length; i++)
        {
            Assert.Equal(expectedForClass[i], double.CreateTruncating(forClass[i]), tolerance);
            Assert.Equal(expectedForProbabilities[i], double.CreateTruncating(forProbabilities[i]), tolerance);
        }
    }

    [Fact]
    public void BatchMeansAverageTheRows()
    {
        var logits = Array<T>(0, Math.Log(3), 5, 5, -2, 10);
        int[] classes = [1, 0, 1];
        var expected = (StablePrimitives.CrossEntropy<T>(logits.AsSpan(0, 2), 1)
            + StablePrimitives.CrossEntropy<T>(logits.AsSpan(2, 2), 0)
            + StablePrimitives.CrossEntropy<T>(logits.AsSpan(4, 2), 1)) / Of<T>(3);
        Tolerance.Epsilons(4).AssertClose(double.CreateTruncating(expected), StablePrimitives.CrossEntropyMean<T>(logits, classes, 2));

        var oneHot = Array<T>(0, 1, 1, 0, 0, 1);
        Tolerance.Epsilons(4).AssertClose(double.CreateTruncating(expected), StablePrimitives.CrossEntropyMean<T>(logits, oneHot, 2));

        var meanGradient = new T[6];
        var meanGradientFromProbabilities = new T[6];
        StablePrimitives.CrossEntropyMeanGradient(logits, classes, meanGradient, 2);
        StablePrimitives.CrossEntropyMeanGradient(logits, oneHot, meanGradientFromProbabilities, 2);
        var rowGradient = new T[2];
        StablePrimitives.CrossEntropyGradient(logits.AsSpan(0, 2), 1, rowGradient);
        Tolerance.Epsilons(8).AssertClose(double.CreateTruncating(rowGradient[0]) / 3, meanGradient[0]);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(double.CreateTruncating(meanGradient[i]), double.CreateTruncating(meanGradientFromProbabilities[i]), 4 * FloatingPoint.MachineEpsilon<T>());
        }
    }

    [Fact]
    public void ZeroTargetMassIgnoresMinusInfinityLogits()
    {
        // 0·log 0 = 0: a class that is impossible and not the target costs nothing.
        var loss = StablePrimitives.CrossEntropy<T>(Array<T>(double.NegativeInfinity, 0, 0), Array<T>(0, 0.5, 0.5));
        Tolerance.Epsilons(8).AssertClose(Math.Log(2), loss);
        Assert.Equal(T.PositiveInfinity, StablePrimitives.CrossEntropy<T>(Array<T>(double.NegativeInfinity, 0), 0));
    }

    [Fact]
    public void BadArgumentsNameTheArgumentAndTheFault()
    {
        var logits = Array<T>(1, 2, 3);
        var outOfRange = Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.CrossEntropy<T>(logits, 3));
        Assert.Equal("targetClass", outOfRange.ParamName);
        Assert.Contains("out of range", outOfRange.Message, StringComparison.Ordinal);

        var error = Assert.Throws<ArgumentException>(() => StablePrimitives.CrossEntropy<T>(logits, Array<T>(0.5, 0.4, 0)));
        Assert.Equal("targetProbabilities", error.ParamName);
        Assert.Contains("sum to", error.Message, StringComparison.Ordinal);

        outOfRange = Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.CrossEntropy<T>(logits, Array<T>(1.5, -0.5, 0)));
        Assert.Equal("targetProbabilities", outOfRange.ParamName);
        Assert.Contains("outside [0, 1]", outOfRange.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.CrossEntropy<T>(logits, Array<T>(0.5, 0.5)));
        Assert.Equal("targetProbabilities", error.ParamName);
        Assert.Contains("Length mismatch", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.CrossEntropyMean<T>(Array<T>(1, 2, 3, 4), [0], 2));
        Assert.Equal("targetClasses", error.ParamName);
        Assert.Contains("2 rows", error.Message, StringComparison.Ordinal);

        outOfRange = Assert.Throws<ArgumentOutOfRangeException>(() => StablePrimitives.CrossEntropyMean<T>(Array<T>(1, 2, 3, 4), [0, 2], 2));
        Assert.Equal("targetClasses", outOfRange.ParamName);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.CrossEntropyMean<T>(Array<T>(1, 2, 3), [0], 2));
        Assert.Equal("logits", error.ParamName);
        Assert.Contains("not divisible", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentException>(() => StablePrimitives.CrossEntropy<T>(ReadOnlySpan<T>.Empty, 0));
        Assert.Equal("logits", error.ParamName);

        var targets = Array<T>(0, 0, 1);
        error = Assert.Throws<ArgumentException>(() => StablePrimitives.CrossEntropyGradient(logits, targets, targets));
        Assert.Equal("destination", error.ParamName);
    }

    [Fact]
    public void ProbabilityToleranceScalesWithTheWidth()
    {
        // 1000 entries of 1/1000 do not sum to exactly 1 in floating point; the check must accept them.
        var width = 1000;
        var uniform = Enumerable.Repeat(Of<T>(1.0 / width), width).ToArray();
        var loss = StablePrimitives.CrossEntropy<T>(new T[width], uniform);
        Tolerance.Epsilons(16).AssertClose(Math.Log(width), loss);
    }
}

public sealed class CrossEntropySingleTests : CrossEntropyTests<float>;

public sealed class CrossEntropyDoubleTests : CrossEntropyTests<double>;
