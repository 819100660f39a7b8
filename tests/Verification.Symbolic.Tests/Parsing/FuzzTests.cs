using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Parsing;
using Verification.Symbolic.Printing;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>No input makes the parser throw; every error points inside the text.</summary>
public class FuzzTests
{
    private static readonly string[] Tokens =
    [
        "x", "y", "z0", "w_prime", "i", "j", "k", "0", "1", "2", "3", "0.5", "1e-3", "12", "-1",
        "+", "-", "*", "/", "^", "**", "(", ")", "[", "]", ",", ":", "==", "=", "..", ".", "#", "\\",
        "exp", "log", "sigmoid", "softmax", "log_softmax", "logsumexp", "diff", "delta", "bce",
        "cross_entropy", "sum", "prod", "rational", "softplus", "tanh", "silu", "focal", "temperature:", "smoothing:", "gelu", "for", "in", "all", "solve", "where",
        "z[", "z[i]", "z[0..3]", "0..3", "[z[0..2]]", "(x)", "exp(x)", "softmax([a, b], 1)", "\n", "\t", "σ", "$", "😀",
    ];

    private static readonly string[] Separators = ["", " ", " ", "\n", "\r\n"];

    public static Arbitrary<string> TokenSoup { get; } =
        (from n in Gen.Choose(0, 30)
         from parts in Gen.ArrayOf(Gen.Zip(Gen.Elements(Tokens), Gen.Elements(Separators)), n)
         select string.Concat(parts.Select(p => p.Item1 + p.Item2))).ToArbitrary();

    private static readonly string[] ValidClaims =
    [
        "sigmoid(x) == 1 / (1 + exp(-x))",
        "for i, j in 0..2: diff(softmax([z[0..2]], i), z[j]) == softmax([z[0..2]], i) * (delta(i, j) - softmax([z[0..2]], j))",
        "solve w, b: sigmoid(w * x + b) == softmax([u * x + c, 0], 0) for all x",
        "diff(cross_entropy([z0, z1], [y0, y1]), z0) == softmax([z0, z1], 0) - y0 where y1 = 1 - y0",
        "sum(k in 0..3: exp(z[k]) / sum(m in 0..3: exp(z[m]))) == 1",
        "x^-2 * rational(-1, 3) == 0.25e1 - --x  # comment",
    ];

    /// <summary>Valid claims with characters deleted, duplicated, replaced or swapped.</summary>
    public static Arbitrary<string> Mutant { get; } =
        (from claim in Gen.Elements(ValidClaims)
         from edits in Gen.ArrayOf(
             from kind in Gen.Choose(0, 3)
             from at in Gen.Choose(0, 10_000)
             from c in Gen.Elements("()[],:=+-*/^.#\\ \nx0".ToCharArray())
             select (kind, at, c),
             3)
         select edits.Aggregate(claim, Mutate)).ToArbitrary();

    private static string Mutate(string text, (int Kind, int At, char C) edit)
    {
        if (text.Length == 0)
        {
            return edit.C.ToString();
        }

        var at = edit.At % text.Length;
        return edit.Kind switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, edit.C.ToString()),
            2 => text.Remove(at, 1).Insert(at, edit.C.ToString()),
            _ => at + 1 < text.Length ? string.Concat(text.AsSpan(0, at), text[at + 1].ToString(), text[at].ToString(), text.AsSpan(at + 2)) : text,
        };
    }

    /// <summary>
    /// Parsing succeeds, or fails at a real place: a line of the text and a column at most one past
    /// its end; and a claim that parses prints to text that parses back to it.
    /// </summary>
    private static bool Sound(string text)
    {
        var result = ClaimParser.Parse(text);
        if (!result.IsSuccess)
        {
            var lines = text.Split('\n');
            var error = result.Error;
            return error.Line >= 1 && error.Line <= lines.Length
                && error.Column >= 1 && error.Column <= lines[error.Line - 1].Length + 1
                && error.Message.Length > 0;
        }

        return result.Value is not IdentityClaim identity
            || ClaimParser.Parse(PlainTextPrinter.Print(identity)).Value == identity;
    }

    [Property(MaxTest = 2000)]
    public bool RandomStringsNeverThrow(string? text) => Sound(text ?? string.Empty) && ExpressionSound(text ?? string.Empty);

    [Property(MaxTest = 3000)]
    public Property TokenSoupsNeverThrow() => Prop.ForAll(TokenSoup, text => Sound(text) && ExpressionSound(text));

    [Property(MaxTest = 3000)]
    public Property MutatedClaimsNeverThrow() => Prop.ForAll(Mutant, text => Sound(text).Label(text));

    [Property(MaxTest = 300)]
    public bool RandomFilesNeverThrow(string? text) =>
        ClaimParser.ParseFile(text ?? string.Empty).All(line => line.Line >= 1 && (line.Result.IsSuccess || line.Result.Error.Line >= line.Line));

    private static bool ExpressionSound(string text)
    {
        var result = ClaimParser.ParseExpression(text);
        return result.IsSuccess
            ? ClaimParser.ParseExpression(PlainTextPrinter.Print(result.Value)).Value == result.Value
            : result.Error.Line >= 1 && result.Error.Column >= 1;
    }
}
