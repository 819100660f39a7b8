using System.Numerics;
using System.Text.Json;
using Verification.Laws.Protocol;

namespace Verification.Laws.Tests.Protocol;

/// <summary>
/// Every value the case and results files carry reads back to the same bits: NaN, ±∞, ±0, subnormals and the
/// extremes, in float and in double; and a float's shortest decimal survives the double-then-float rounding that
/// Python's json and numpy.float32 apply to it.
/// </summary>
public sealed class ProtocolNumbersTests
{
    public static TheoryData<double> DoubleEdges =>
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, double.Epsilon, -double.Epsilon,
        2.2250738585072014E-308, 2.2250738585072009E-308, double.MaxValue, double.MinValue, 0.1, 1.0 / 3, -1e300, 5e-324 * 3,
    ];

    public static TheoryData<float> FloatEdges =>
    [
        float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -0f, float.Epsilon, -float.Epsilon,
        1.17549435E-38f, 1.1754942E-38f, float.MaxValue, float.MinValue, 0.1f, 1f / 3, 3.265066E-39f, 16777217f,
    ];

    [Theory]
    [MemberData(nameof(DoubleEdges))]
    public void ADoubleReadsBackToTheSameBits(double value) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(ReadBack(value)));

    [Theory]
    [MemberData(nameof(FloatEdges))]
    public void AFloatReadsBackToTheSameBits(float value) =>
        Assert.Equal(BitConverter.SingleToInt32Bits(value), BitConverter.SingleToInt32Bits(ReadBack(value)));

    [Fact]
    public void NegativeZeroIsWrittenWithAFractionSoThatNoReaderTakesItForTheIntegerZero()
    {
        Assert.Equal("-0.0", ProtocolNumbers.Format(-0.0));
        Assert.Equal("-0.0", ProtocolNumbers.Format(-0f));
        Assert.Equal("\"-Infinity\"", ProtocolNumbers.Format(float.NegativeInfinity));
    }

    [Fact]
    public void AFloatIsWrittenWithTheShortestDigitsOfTheFloatNotOfItsDouble() =>
        Assert.Equal("0.1", ProtocolNumbers.Format(0.1f));

    [Fact]
    public void EverySubnormalFloatSurvivesParsingAsADoubleThenRoundingToFloat()
    {
        for (var bits = 1; bits < 1 << 23; bits++)
        {
            AssertSurvivesDoubleRounding(BitConverter.Int32BitsToSingle(bits));
        }
    }

    [Fact]
    public void AMillionRandomFloatsSurviveParsingAsADoubleThenRoundingToFloat()
    {
        var random = new Random(20261206);
        for (var i = 0; i < 1_000_000; i++)
        {
            var value = BitConverter.Int32BitsToSingle(random.Next(int.MinValue, int.MaxValue));
            if (float.IsFinite(value))
            {
                AssertSurvivesDoubleRounding(value);
            }
        }
    }

    /// <summary>What Python's json.load followed by numpy.float32 does: the decimal to the nearest double, then to the nearest float.</summary>
    private static void AssertSurvivesDoubleRounding(float value)
    {
        var text = ProtocolNumbers.Format(value);
        var roundedTwice = (float)double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        if (BitConverter.SingleToInt32Bits(roundedTwice) != BitConverter.SingleToInt32Bits(value))
        {
            Assert.Fail($"{text} reads as the float {roundedTwice:R} after rounding through double, not {value:R}");
        }
    }

    private static T ReadBack<T>(T value)
        where T : struct, IFloatingPointIeee754<T>
    {
        using var document = JsonDocument.Parse($"[{ProtocolNumbers.Format(value)}]");
        return ProtocolNumbers.TryRead<T>(document.RootElement[0]) ?? throw new InvalidOperationException("not read");
    }
}
