using System.Text;

namespace Verification.Cli.Check;

/// <summary>Ordinary text made safe inside LaTeX <c>\text{…}</c> or a paragraph.</summary>
internal static class LatexText
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            escaped.Append(character switch
            {
                '\\' => "\\textbackslash{}",
                '{' or '}' or '_' or '#' or '$' or '%' or '&' => $"\\{character}",
                '^' => "\\textasciicircum{}",
                '~' => "\\textasciitilde{}",
                _ => character.ToString(),
            });
        }

        return escaped.ToString();
    }
}
