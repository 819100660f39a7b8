using System.Numerics;
using Verification.TestSupport;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

/// <summary>
/// Every cross-entropy entry point rejects each kind of bad argument with the parameter's name, and the batch
/// means are compensated sums. Mutation testing found each of these checks could be deleted unnoticed.
/// </summary>
public abstract class CrossEntropyArgumentTests<T>
    where T : IFloatingPointIeee754<T>
{
    private static readonly T[] Logits = Array<T>(1, 2, 3);
    private static readonly T[] OneHot = Array<T>(0, 0, 1);

    [Fact]
    public void EmptyLogitsAreRejectedByEveryEntryPoint()
    {
        AssertRejects<ArgumentException>("logits", () => StablePrimitives.CrossEntropy<T>([], ReadOnlySpan<T>.Empty));
        AssertRejects<ArgumentException>("logits", () => StablePrimitives.CrossEntropyGradient<T>([], 0, new T[1]));
        AssertRejects<ArgumentException>("logits", () => StablePrimitives.CrossEntropyGradient<T>([], ReadOnlySpan<T>.Empty, new T[1]));
    }

    [Fact]
    public void ClassIndexOutsideTheRowIsRejected()
    {
        AssertRejects<ArgumentOutOfRangeException>("targetClass", () => StablePrimitives.CrossEntropyGradient<T>(Logits, 3, new T[3]));
        AssertRejects<ArgumentOutOfRangeException>("targetClass", () => StablePrimitives.CrossEntropyGradient<T>(Logits, -1, new T[3]));
    }

    [Fact]
    public void TargetsOfTheWrongLengthOrNotADistributionAreRejected()
    {
        AssertRejects<ArgumentException>("targetProbabilities", () => StablePrimitives.CrossEntropyGradient<T>(Logits, Array<T>(0, 1), new T[3]));
        AssertRejects<ArgumentException>("targetProbabilities", () => StablePrimitives.CrossEntropyGradient<T>(Logits, Array<T>(0.5, 0.4, 0), new T[3]));
        AssertRejects<ArgumentOutOfRangeException>("targetProbabilities", () => StablePrimitives.CrossEntropyGradient<T>(Logits, Array<T>(1.5, -0.5, 0), new T[3]));
        AssertRejects<ArgumentException>("targetProbabilities", () => StablePrimitives.CrossEntropyMean<T>(Array<T>(1, 2, 3, 4), Array<T>(0, 1, 0), 2));
        AssertRejects<ArgumentException>("targetProbabilities", () => StablePrimitives.CrossEntropyMean<T>(Array<T>(1, 2, 3, 4), Array<T>(0, 1, 0.5, 0.4), 2));
        AssertRejects<ArgumentException>("targetProbabilities", () => StablePrimitives.CrossEntropyMeanGradient<T>(Array<T>(1, 2, 3, 4), Array<T>(0, 1, 0.5, 0.4), new T[4], 2));
    }

    [Fact]
    public void ShortDestinationsAreRejected()
    {
        AssertRejects<ArgumentException>("destination", () => StablePrimitives.CrossEntropyGradient<T>(Logits, 0, new T[2]));
        AssertRejects<ArgumentException>("destination", () => StablePrimitives.CrossEntropyGradient<T>(Logits, OneHot, new T[2]));
        AssertRejects<ArgumentException>("destination", () => StablePrimitives.CrossEntropyMeanGradient<T>(Array<T>(1, 2, 3, 4), [0, 1], new T[3], 2));
        AssertRejects<ArgumentException>("destination", () => StablePrimitives.CrossEntropyMeanGradient<T>(Array<T>(1, 2, 3, 4), Array<T>(0, 1, 1, 0), new T[3], 2));
    }

    [Fact]
    public void DestinationsThatOverlapAnInputShiftedAreRejected()
    {
        // In place (offset 0) is allowed; a shifted overlap would read entries already overwritten.
        AssertRejects<ArgumentException>("destination", () =>
        {
            var buffer = Array<T>(1, 2, 3, 4);
            StablePrimitives.CrossEntropyGradient<T>(buffer.AsSpan(0, 3), 0, buffer.AsSpan(1, 3));
        });
        AssertRejects<ArgumentException>("destination", () =>
        {
            var buffer = Array<T>(1, 2, 3, 4);
            StablePrimitives.CrossEntropyGradient<T>(buffer.AsSpan(0, 3), OneHot, buffer.AsSpan(1, 3));
        });
        AssertRejects<ArgumentException>("destination", () =>
        {
            var buffer = Array<T>(1, 2, 3, 4, 5);
            StablePrimitives.CrossEntropyMeanGradient<T>(buffer.AsSpan(0, 4), [0, 1], buffer.AsSpan(1, 4), 2);
        });
        AssertRejects<ArgumentException>("destination", () =>
        {
            var buffer = Array<T>(1, 2, 3, 4, 5);
            StablePrimitives.CrossEntropyMeanGradient<T>(buffer.AsSpan(0, 4), Array<T>(0, 1, 1, 0), buffer.AsSpan(1, 4), 2);
        });
        AssertRejects<ArgumentException>("destination", () =>
        {
            var targets = Array<T>(0, 1, 1, 0);
            StablePrimitives.CrossEntropyMeanGradient<T>(Array<T>(1, 2, 3, 4), targets, targets, 2);
        });
    }

    [Fact]
    public void InPlaceGradientIsAllowedAndRight()
    {
        var buffer = Array<T>(0, Math.Log(3));
        StablePrimitives.CrossEntropyGradient<T>(buffer, 1, buffer);
        Tolerance.Epsilons(8).AssertClose(0.25, buffer[0]);
        Tolerance.Epsilons(8).AssertClose(-0.25, buffer[1]);
    }

    [Fact]
    public void BatchMeansAreCompensatedSums()
    {
        // One row with loss ln 2, then 1000 rows with loss log1p(e⁻²⁰) ≈ 2.06·10⁻⁹ each: in float the small
        // losses are below half an ulp of ln 2 and vanish from a plain running sum (a relative error of 3·10⁻⁶);
        // the compensated sum keeps them.
        const int smallRows = 1000;
        var logits = new List<double> { 0, 0 };
        for (var row = 0; row < smallRows; row++)
        {
            logits.AddRange([0, -20]);
        }

        var batch = Array<T>([.. logits]);
        // log1p(u) = u − u²/2 + O(u³) with u = e⁻²⁰: the two terms are exact to 10⁻²⁶ relative.
        var smallLoss = Math.Exp(-20) - (Math.Exp(-40) / 2);
        var expected = (Math.Log(2) + (smallRows * smallLoss)) / (smallRows + 1);
        var classes = new int[smallRows + 1];
        var targets = new T[2 * (smallRows + 1)];
        for (var row = 0; row <= smallRows; row++)
        {
            targets[2 * row] = T.One;
        }

        Tolerance.Epsilons(8).AssertClose(expected, StablePrimitives.CrossEntropyMean<T>(batch, classes, 2));
        Tolerance.Epsilons(8).AssertClose(expected, StablePrimitives.CrossEntropyMean<T>(batch, targets, 2));
    }

    private static void AssertRejects<TException>(string parameterName, Action call)
        where TException : ArgumentException =>
        Assert.Equal(parameterName, Assert.Throws<TException>(call).ParamName);
}

public sealed class CrossEntropyArgumentSingleTests : CrossEntropyArgumentTests<float>;

public sealed class CrossEntropyArgumentDoubleTests : CrossEntropyArgumentTests<double>;
