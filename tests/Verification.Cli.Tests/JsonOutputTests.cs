using System.Text.Json;

namespace Verification.Cli.Tests;

/// <summary>The JSON contract other tools rely on, checked by reading the output back (the snapshot pins the exact text).</summary>
public sealed class JsonOutputTests
{
    private static JsonElement[] CheckFixtureAsJson()
    {
        var run = CliRun.Of("check", "--file", CliRun.Fixture("claims.txt"), "--format", "json");
        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        return [.. document.RootElement.EnumerateArray().Select(static element => element.Clone())];
    }

    [Fact]
    public void OneObjectPerClaimInFileOrderWithLineClaimAndVerdict()
    {
        var claims = CheckFixtureAsJson();

        Assert.Equal([4, 7, 10, 13, 17, 20, 23, 26, 29], claims.Select(static c => c.GetProperty("line").GetInt32()));
        Assert.Equal(
            ["proved", "refuted", "unknown", "proved", "refuted", "proved", "refuted", "error", "proved"],
            claims.Select(static c => c.GetProperty("verdict").GetString()));
        Assert.Equal("softmax([x0, x1], 0) == sigmoid(x0)", claims[1].GetProperty("claim").GetString());
    }

    [Fact]
    public void AWitnessGivesEveryFreeSymbolAnExactValueAndBothSides()
    {
        var witness = CheckFixtureAsJson()[4].GetProperty("witness");

        // The contract other tools read: each free symbol directly on the witness, beside lhs and rhs.
        Assert.Equal(["z0", "z1", "z2", "lhs", "rhs", "point", "digits", "precisionBits", "lhsEnclosure", "rhsEnclosure"], witness.EnumerateObject().Select(static p => p.Name));
        Assert.All(["z0", "z1", "z2"], symbol => Assert.Matches("^-?[0-9]+(/[0-9]+)?$", witness.GetProperty(symbol).GetString()));
        Assert.Equal(["z0", "z1", "z2"], witness.GetProperty("point").EnumerateObject().Select(static p => p.Name));
        Assert.NotEqual(witness.GetProperty("lhs").GetString(), witness.GetProperty("rhs").GetString());

        // The enclosures are what certify the witness: disjoint intervals, each lower ≤ upper.
        double End(string side, string end) => double.Parse(witness.GetProperty(side).GetProperty(end).GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(End("lhsEnclosure", "lower") <= End("lhsEnclosure", "upper") && End("rhsEnclosure", "lower") <= End("rhsEnclosure", "upper"));
        Assert.True(End("lhsEnclosure", "upper") < End("rhsEnclosure", "lower") || End("rhsEnclosure", "upper") < End("lhsEnclosure", "lower"));
        Assert.True(witness.GetProperty("precisionBits").GetInt32() >= 64);
    }

    [Fact]
    public void ASymbolNamedLikeAWitnessFieldStaysOnlyUnderPoint()
    {
        var run = CliRun.Of("check", "lhs + 1 == lhs", "--format", "json");
        using var document = JsonDocument.Parse(run.Out);
        var witness = document.RootElement[0].GetProperty("witness");

        // "lhs" is the left side's value (a decimal in scientific notation); the symbol's exact value is under point.
        Assert.Matches("^-?[0-9]+(/[0-9]+)?$", witness.GetProperty("point").GetProperty("lhs").GetString());
        Assert.Contains("E", witness.GetProperty("lhs").GetString(), StringComparison.Ordinal);
        Assert.Equal(["lhs", "rhs", "point", "digits", "precisionBits", "lhsEnclosure", "rhsEnclosure"], witness.EnumerateObject().Select(static p => p.Name));
    }

    [Fact]
    public void UnknownsCarryAReasonErrorsAMessageWithLineAndColumnFamiliesTheirCulprit()
    {
        var claims = CheckFixtureAsJson();

        Assert.StartsWith("outside the decidable fragment", claims[2].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("26:11: ", claims[7].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, claims[4].GetProperty("family").GetProperty("culprit").GetProperty("indices").GetProperty("i").GetInt32());
        Assert.Equal("v00 - v10", claims[5].GetProperty("solutions")[0].GetProperty("assignments").GetProperty("w0").GetString());
    }
}
