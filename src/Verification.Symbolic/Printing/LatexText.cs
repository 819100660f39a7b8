using System.Text;

namespace Verification.Symbolic.Printing;

/// <summary>
/// Ordinary text made safe inside LaTeX <c>\text{…}</c> or a paragraph. Public and kept here, below
/// the CLI's LaTeX report and the printers' symbol names, so the table of special characters exists once.
/// </summary>
public static class LatexText
{
    /// <summary>The text with backslash, braces, <c>_ # $ % &amp;</c>, <c>^</c> and <c>~</c> escaped.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            Append(escaped, character);
        }

        return escaped.ToString();
    }

    /// <summary>Appends one character, escaped if LaTeX treats it specially.</summary>
    internal static StringBuilder Append(StringBuilder text, char character) => character switch
    {
        '\\' => text.Append("\\textbackslash{}"),
        '{' or '}' or '_' or '#' or '$' or '%' or '&' => text.Append('\\').Append(character),
        '^' => text.Append("\\textasciicircum{}"),
        '~' => text.Append("\\textasciitilde{}"),
        _ => text.Append(character),
    };
}
