using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace Verification.Symbolic.Tests.FrontDoor;

/// <summary>
/// What a careless or hostile user might type at <c>verification check</c>: valid claims of every
/// kind with tokens deleted, duplicated, swapped or replaced by extreme ones (10^400, 1/10^400, deep
/// nesting, long chains, wide vectors, nested diff, unicode and control characters), and token soups.
/// </summary>
internal static partial class FrontDoorInputs
{
    private static readonly string[] ValidClaims =
    [
        "sigmoid(x) == 1 / (1 + exp(-x))",
        "diff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))",
        "for i, j in 0..2: diff(softmax([z[0..2]], i), z[j]) == softmax([z[0..2]], i) * (delta(i, j) - softmax([z[0..2]], j))",
        "solve w, b: sigmoid(w * x + b) == softmax([u * x + c, 0], 0) for all x",
        "diff(cross_entropy([z0, z1], [y0, y1]), z0) == softmax([z0, z1], 0) - y0 where y1 = 1 - y0",
        "sum(k in 0..3: exp(z[k]) / sum(m in 0..3: exp(z[m]))) == 1",
        "log_softmax([a, b, c], 1) == b - logsumexp([a, b, c])",
        "bce(w * x + b, y) == -(y * log(sigmoid(w * x + b)) + (1 - y) * log(1 - sigmoid(w * x + b)))",
        "for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, j) - softmax(z, j))",
        "for all n >= 1, j in 0..n-1: diff(cross_entropy(z, y), z[j]) == softmax(z, j) - y[j] where sum(k in 0..n-1: y[k]) == 1",
        "for all n >= 2: sum(i in 0..n-2: softmax(z + c, i)) == 1 - softmax(z, n-1)",
        "exp(log(x * y)) == x * y",
        "(exp(exp(x)) + 10^120) - 10^120 == exp(exp(x))",
        "diff(silu(x), x) == sigmoid(x) * (1 + x * (1 - sigmoid(x)))",
        "tanh(x) - log_sigmoid(x) == 2 * sigmoid(2 * x) - 1 + softplus(-x)",
        "diff(softmax([z0, z1, z2], 0, temperature: T), z1) == -(1/T) * softmax([z0, z1, z2], 0, temperature: T) * softmax([z0, z1, z2], 1, temperature: T)",
        "diff(cross_entropy([z0, z1], [y0, y1], smoothing: eps), z0) == softmax([z0, z1], 0) - ((1 - eps) * y0 + eps / 2) where y1 = 1 - y0",
        "diff(focal(z, 1, 2), z) == (1 - sigmoid(z))^2 * (2 * sigmoid(z) * log(sigmoid(z)) - (1 - sigmoid(z)))",
    ];

    /// <summary>Tokens that stress a part of the engine: magnitudes, precision, depth, width, unicode, control characters.</summary>
    private static readonly string[] Extremes =
    [
        "10^400", "1/10^400", "10^-400", "(1 + 1/10^40)", "2^1000", "x^1000", "x^-1000", "exp(10^400*x)", "exp(-10^400*x)",
        "log(0)", "log(-1)", "1/0", "0^0", "0^-1", "exp(exp(exp(x)))", "sigmoid(sigmoid(x))", "log(log(x))",
        "diff(diff(diff(diff(sigmoid(x), x), x), x), x)", "diff(softmax([a, b, c], 0), a)",
        "[z[0..999]]", "softmax([z[0..199]], 0)", "sum(k in 0..999: z[k])", "delta(0, 1)",
        "σ", "😀", "\u0000", "\u0007", "\u200b", "\t", "\r", "é", "∑", "×", "−",
        "((((((((((x))))))))))", "-(-(-(-(-x))))", "x^2^2^2", "1e999", "0.000000000000000000001",
        "999999999999999999999999999999", "n", "i", "k", "z[n-1]", "z[i]", "for all", "where", "..",
        "temperature:", "smoothing:", "temperature: 0", "temperature: 10^-400", "tanh(10^400*x)", "softplus(-10^400)", "focal(z, y, 10000)",
    ];

    [GeneratedRegex(@"\s+|[A-Za-z_][A-Za-z_0-9]*|\d+(\.\d+)?([eE][-+]?\d+)?|\.\.|==|>=|\*\*|.", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    private static List<string> Tokens(string text) => [.. TokenPattern().Matches(text).Select(match => match.Value)];

    private static readonly string[] Pool = [.. ValidClaims.SelectMany(Tokens).Where(token => !string.IsNullOrWhiteSpace(token)).Distinct(StringComparer.Ordinal), .. Extremes];

    /// <summary>A valid claim with one to four token edits.</summary>
    public static Gen<string> MutatedClaims() =>
        from claim in Gen.Elements(ValidClaims)
        from count in Gen.Choose(1, 4)
        from edits in Gen.ArrayOf(Edit(), count)
        select string.Concat(edits.Aggregate(Tokens(claim), Apply));

    /// <summary>Stress shapes: deep nesting, long chains, wide vectors, nested diff, extreme numbers on either side of a valid claim.</summary>
    public static Gen<string> Shapes() => Gen.OneOf(
        from depth in Gen.Choose(1, 400)
        select new string('(', depth) + "x" + new string(')', depth) + " == x",
        from length in Gen.Choose(1, 3000)
        select string.Join(" + ", Enumerable.Repeat("x", length)) + " == x",
        from width in Gen.Choose(1, 1200)
        select string.Create(CultureInfo.InvariantCulture, $"sum(i in 0..{width - 1}: softmax([z[0..{width - 1}]], i)) == 1"),
        from depth in Gen.Choose(1, 4)
        from function in Gen.Elements("sigmoid(x)", "softmax([x, y, 0], 0)", "log(1 + exp(x))")
        select Enumerable.Range(0, depth).Aggregate(function, (inner, _) => $"diff({inner}, x)") + " == 0",
        from extreme in Gen.Elements(Extremes)
        from claim in Gen.Elements(ValidClaims)
        from left in Gen.Elements(true, false)
        select left ? $"{extreme} * {claim}" : $"{claim.Replace("==", $"== {extreme} +", StringComparison.Ordinal)}");

    /// <summary>Random tokens from the claims and the extremes, glued with spaces or not.</summary>
    public static Gen<string> TokenSoup() =>
        from count in Gen.Choose(0, 25)
        from tokens in Gen.ArrayOf(Gen.Elements(Pool), count)
        from spaced in Gen.Elements(true, false)
        select string.Join(spaced ? " " : string.Empty, tokens);

    public static Gen<string> Any() => Gen.Frequency(
        (5, MutatedClaims()),
        (2, Shapes()),
        (2, TokenSoup()));

    private static Gen<(int Kind, int At, string Token)> Edit() =>
        from kind in Gen.Choose(0, 3)
        from at in Gen.Choose(0, 10_000)
        from token in Gen.Elements(Pool)
        select (kind, at, token);

    private static List<string> Apply(List<string> tokens, (int Kind, int At, string Token) edit)
    {
        var result = new List<string>(tokens);
        if (result.Count == 0)
        {
            result.Add(edit.Token);
            return result;
        }

        var at = edit.At % result.Count;
        switch (edit.Kind)
        {
            case 0:
                result.RemoveAt(at);
                break;
            case 1:
                result.Insert(at, result[at]);
                break;
            case 2:
                result[at] = edit.Token;
                break;
            default:
                var other = (at + 1 + (edit.At % 7)) % result.Count;
                (result[at], result[other]) = (result[other], result[at]);
                break;
        }

        return result;
    }
}
