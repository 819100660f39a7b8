using System.Numerics;
using static Verification.Numerics.Tests.TestNumbers;

namespace Verification.Numerics.Tests;

/// <summary>
/// A kernel given a destination longer than its input writes exactly the first n entries, and each of them is
/// the kernel's value at that position (the same, up to the vector and scalar forms' rounding, as the kernel
/// applied to that entry alone). Catches a loop bound off by one (a write past n into the caller's memory) or a
/// vector stored at the wrong offset, at every length around the vector widths and unroll boundaries.
/// </summary>
public abstract class DestinationBoundsTests<T>
    where T : IFloatingPointIeee754<T>
{
    private const int Slack = 9;
    private static readonly T Sentinel = Of<T>(-12345.5);

    private static readonly int[] ElementwiseLengths = [1, 3, 7, 8, 9, 15, 16, 17, 31, 33, 63, 64, 65, 129, 2049, 2100];

    private static Dictionary<string, Action<ReadOnlySpan<T>, Span<T>>> Elementwise { get; } = new()
    {
        ["Sigmoid"] = StablePrimitives.Sigmoid,
        ["SigmoidDerivative"] = StablePrimitives.SigmoidDerivative,
        ["LogSigmoid"] = StablePrimitives.LogSigmoid,
        ["Tanh"] = StablePrimitives.Tanh,
        ["Softplus"] = StablePrimitives.Softplus,
        ["Silu"] = StablePrimitives.Silu,
        ["SiluDerivative"] = StablePrimitives.SiluDerivative,
    };

    [Theory]
    [InlineData("Sigmoid")]
    [InlineData("SigmoidDerivative")]
    [InlineData("LogSigmoid")]
    [InlineData("Tanh")]
    [InlineData("Softplus")]
    [InlineData("Silu")]
    [InlineData("SiluDerivative")]
    public void ElementwiseKernelsWriteExactlyTheirOwnEntries(string kernel)
    {
        // Ordinary inputs take the fast form; one huge entry per block sends the block to the general form.
        foreach (var (length, hasHugeEntry) in ElementwiseLengths.SelectMany(static n => new[] { (n, false), (n, true) }))
        {
            var x = Inputs(length, hasHugeEntry);
            var destination = WithSentinels(length);
            Elementwise[kernel](x, destination);

            AssertSentinelsUntouched(destination, length, kernel);
            var single = new T[1];
            for (var i = 0; i < length; i++)
            {
                Elementwise[kernel](x.AsSpan(i, 1), single);
                AssertSameValue(single[0], destination[i], $"{kernel}, length {length}, entry {i} (x = {x[i]})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lengths), MemberType = typeof(TestNumbers))]
    public void RowKernelsWriteExactlyTheirRow(int length)
    {
        var x = Inputs(length, hasHugeEntry: false);
        foreach (var (name, kernel) in new (string, Action<ReadOnlySpan<T>, Span<T>>)[] { ("Softmax", StablePrimitives.Softmax), ("LogSoftmax", StablePrimitives.LogSoftmax) })
        {
            var destination = WithSentinels(length);
            kernel(x, destination);
            AssertSentinelsUntouched(destination, length, name);
            Assert.All(destination.Take(length), static value => Assert.True(T.IsFinite(value)));
        }
    }

    [Fact]
    public void ANaNAnywhereInARowMakesTheWholeRowNaN()
    {
        // In the vector lanes, in the unrolled part, in the scalar tail: NaN must not be lost by a max
        // instruction that returns the other operand, nor turned into a number by the fast exponential.
        foreach (var length in new[] { 1, 2, 5, 8, 9, 16, 17, 33, 40, 65 })
        {
            for (var position = 0; position < length; position++)
            {
                var x = Inputs(length, hasHugeEntry: false);
                x[position] = T.NaN;
                var destination = new T[length];
                StablePrimitives.Softmax(x, destination);
                Assert.True(destination.All(T.IsNaN), $"softmax of a row of {length} with NaN at {position}: [{string.Join(", ", destination)}]");
                StablePrimitives.LogSoftmax(x, destination);
                Assert.True(destination.All(T.IsNaN), $"log-softmax of a row of {length} with NaN at {position}: [{string.Join(", ", destination)}]");
                Assert.True(T.IsNaN(StablePrimitives.LogSumExp<T>(x)), $"logsumexp of a row of {length} with NaN at {position}");
            }
        }
    }

    private static T[] Inputs(int length, bool hasHugeEntry)
    {
        var x = new T[length];
        for (var i = 0; i < length; i++)
        {
            // Distinct values in [−6, 6], so a vector stored one lane off shows.
            x[i] = Of<T>(-6 + (12.0 * ((i * 7919) % 1009) / 1008));
        }

        if (hasHugeEntry)
        {
            for (var i = length / 2; i < length; i += 2048)
            {
                x[i] = Of<T>(1e4);
            }
        }

        return x;
    }

    private static T[] WithSentinels(int length)
    {
        var destination = new T[length + Slack];
        destination.AsSpan().Fill(Sentinel);
        return destination;
    }

    private static void AssertSentinelsUntouched(T[] destination, int length, string kernel)
    {
        for (var i = length; i < destination.Length; i++)
        {
            Assert.True(destination[i] == Sentinel, $"{kernel} wrote {destination[i]} at {i}, past its {length} entries");
        }
    }

    private static void AssertSameValue(T expected, T actual, string what)
    {
        // The vector and scalar forms may differ in the last bits; a wrong lane differs by far more.
        // Eight units in the last place of the larger of |expected| and 1 (IEEE T.Epsilon is the smallest subnormal, not ε).
        var scale = T.Max(T.One, T.Abs(expected));
        var tolerance = T.CreateTruncating(8) * (T.BitIncrement(scale) - scale);
        Assert.True(T.Abs(expected - actual) <= tolerance, $"{what}: {actual} where the entry alone gives {expected}");
    }
}

public sealed class DestinationBoundsSingleTests : DestinationBoundsTests<float>;

public sealed class DestinationBoundsDoubleTests : DestinationBoundsTests<double>;
