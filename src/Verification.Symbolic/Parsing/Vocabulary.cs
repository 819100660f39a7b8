using System.Collections.Frozen;

namespace Verification.Symbolic.Parsing;

/// <summary>The reserved words of the claim language: its keywords and its functions with their arities.</summary>
internal static class Vocabulary
{
    public const string Rational = "rational";

    /// <summary>Function name → how many arguments it takes and how it is written, for error messages.</summary>
    public static readonly FrozenDictionary<string, (int Arity, string Usage)> Functions =
        new Dictionary<string, (int Arity, string Usage)>(StringComparer.Ordinal)
        {
            ["exp"] = (1, "exp(e)"),
            ["log"] = (1, "log(e)"),
            ["sigmoid"] = (1, "sigmoid(e)"),
            ["softmax"] = (2, "softmax([z0, z1, ...], i)"),
            ["log_softmax"] = (2, "log_softmax([z0, z1, ...], i)"),
            ["logsumexp"] = (1, "logsumexp([z0, z1, ...])"),
            ["diff"] = (2, "diff(e, x)"),
            ["delta"] = (2, "delta(i, j)"),
            ["bce"] = (2, "bce(z, y)"),
            ["cross_entropy"] = (2, "cross_entropy([z0, ...], [y0, ...])"),
            ["sum"] = (1, "sum(k in a..b: e)"),
            ["prod"] = (1, "prod(k in a..b: e)"),
            [Rational] = (2, "rational(n) or rational(n, d)"),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that structure a claim; none of them can name a symbol.</summary>
    public static readonly FrozenSet<string> Keywords =
        new[] { "for", "in", "all", "solve", "where" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> can be a symbol or an index variable.</summary>
    public static bool IsReserved(string name) => Keywords.Contains(name) || Functions.ContainsKey(name);

    public const string KnownFunctions =
        "exp, log, sigmoid, softmax, log_softmax, logsumexp, diff, delta, bce, cross_entropy, sum, prod, rational";
}
