using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Parsing;

/// <summary>
/// Reads the claim language (see <c>claim-language.md</c> beside this file) into claims and
/// expressions. Never throws for any input text: a text that is not a claim gives a
/// <see cref="ParseError"/> with the line and column of the offending token.
/// </summary>
public static class ClaimParser
{
    /// <summary>One claim: <c>L == R</c>, a <c>for</c> family, or a <c>solve</c> question; it may span lines.</summary>
    /// <param name="text">The claim.</param>
    /// <param name="limits">Bounds on how large the claim may expand (default <see cref="EngineLimits.Default"/>).</param>
    public static ParseResult<Claim> Parse(string text, EngineLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseClaim(text, 0, text.Length, 1, limits);
    }

    /// <summary>A bare expression, such as <c>softmax([a, b], 0) * (1 - x)</c>.</summary>
    public static ParseResult<Expr> ParseExpression(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Guard(1, () =>
        {
            var tokens = Lexer.Tokenize(text);
            var syntax = SyntaxParser.ParseExpression(tokens);
            return new Elaborator(text, tokens[0]).Expression(syntax);
        });
    }

    /// <summary>
    /// A claims file: one claim per line, with blank lines and <c>#</c> comments skipped; a line
    /// that ends with <c>\</c> continues on the next. Each claim is parsed on its own, so a
    /// malformed one does not stop the others; errors carry line numbers of the whole file.
    /// </summary>
    public static IReadOnlyList<ParsedLine> ParseFile(string text, EngineLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<ParsedLine>();
        var lineNumber = 1;
        var offset = 0;
        while (offset <= text.Length)
        {
            var (start, firstLine, blank) = (offset, lineNumber, true);
            bool continues;
            do
            {
                var newline = text.IndexOf('\n', offset);
                var lineEnd = newline < 0 ? text.Length : newline;
                var content = StripComment(text.AsSpan(offset, lineEnd - offset)).Trim();
                continues = content.EndsWith('\\');
                blank &= content.TrimEnd('\\').IsWhiteSpace();
                offset = lineEnd + 1;
                lineNumber++;
            }
            while (continues && offset <= text.Length);

            var end = Math.Min(offset - 1, text.Length);
            if (!blank)
            {
                results.Add(new ParsedLine(firstLine, text[start..end].TrimEnd('\r'), ParseClaim(text, start, end, firstLine, limits)));
            }
        }

        return results;
    }

    private static ReadOnlySpan<char> StripComment(ReadOnlySpan<char> line)
    {
        var hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }

    private static ParseResult<Claim> ParseClaim(string text, int start, int end, int firstLine, EngineLimits? limits) =>
        Guard(firstLine, () =>
        {
            var tokens = Lexer.Tokenize(text, start, end, firstLine);
            var syntax = SyntaxParser.ParseClaim(tokens);
            return new Elaborator(text, tokens[0], limits).Claim(syntax);
        });

    private static ParseResult<T> Guard<T>(int line, Func<T> parse)
        where T : class
    {
        try
        {
            return ParseResult.Success(parse());
        }
        catch (ParseException e)
        {
            return ParseResult.Failure<T>(e.Error);
        }
        catch (InsufficientExecutionStackException)
        {
            return ParseResult.Failure<T>(new ParseError(line, 1, "nested too deeply to parse"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ParseResult.Failure<T>(new ParseError(line, 1, $"the parser failed on this claim ({e.GetType().Name}: {e.Message})", e));
        }
    }
}
