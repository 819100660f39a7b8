using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Verification.Symbolic.Printing;

/// <summary>
/// Symbol names in LaTeX: trailing digits become a subscript (<c>z0</c> → <c>z_{0}</c>,
/// <c>v01</c> → <c>v_{01}</c>), an underscore starts one (<c>w_prime</c> →
/// <c>w_{\text{prime}}</c>), Greek letter names become letters (<c>alpha</c> → <c>\alpha</c>),
/// longer names are set as one italic word (<c>logit</c> → <c>\mathit{logit}</c>).
/// </summary>
internal static partial class LatexSymbols
{
    private static readonly FrozenSet<string> Greek = new[]
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Name(string name)
    {
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore > 0 && underscore < name.Length - 1 && IsWord(name[..underscore]))
        {
            return $"{Base(name[..underscore])}_{{{Subscript(name[(underscore + 1)..])}}}";
        }

        var match = LettersThenDigits().Match(name);
        return match.Success
            ? $"{Base(match.Groups[1].Value)}_{{{match.Groups[2].Value}}}"
            : IsWord(name) ? Base(name) : Text(name);
    }

    private static bool IsWord(string text) => text.Length > 0 && text.All(char.IsAsciiLetter);

    private static string Base(string letters) =>
        letters.Length == 1 ? letters : Greek.Contains(letters) ? $"\\{letters}" : $"\\mathit{{{letters}}}";

    private static string Subscript(string text) =>
        text.All(char.IsAsciiDigit) || (text.Length == 1 && char.IsAsciiLetter(text[0])) ? text
        : Greek.Contains(text) ? $"\\{text}"
        : Text(text);

    /// <summary>Anything else, upright, with the characters that are special in LaTeX escaped.</summary>
    private static string Text(string text)
    {
        var escaped = new StringBuilder("\\text{");
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                continue;
            }

            // KaTeX's strict mode rejects characters outside ASCII in \text.
            if (!char.IsAscii(c))
            {
                escaped.Append('?');
                continue;
            }

            LatexText.Append(escaped, c);
        }

        return escaped.Append('}').ToString();
    }

    [GeneratedRegex("^([A-Za-z]+)([0-9]+)$")]
    private static partial Regex LettersThenDigits();
}
