using FeedHub.Core.Sanitizing;

namespace FeedHub.Core.Tests.Sanitizing;

/// <summary>
/// The one sanitizer of everything FeedHub publishes, on a table of hostile inputs with the exact output each must
/// give: scripts and their code, event handlers, script-like schemes (javascript:, vbscript:, data:, entity-encoded
/// and split by tabs) in href, src, srcset, formaction, cite and poster, svg and math tricks, style, base, meta
/// refresh, iframe, object and embed. Safe markup (http links, images, mailto) stays.
/// </summary>
public class ContentSanitizerTests
{
    private readonly ContentSanitizer sanitizer = new();

    [Theory]
    [InlineData("<p>ok</p><script>alert(1)</script>", "<p>ok</p>")]
    [InlineData("<img src=\"https://x.example/a.png\" onerror=\"alert(1)\">", "<img src=\"https://x.example/a.png\">")]
    [InlineData("<p onclick=\"alert(1)\" onmouseover=\"x()\">text</p>", "<p>text</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\" javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<img src=\"javascript:alert(1)\">", "<img>")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">", "<img>")]
    [InlineData("<img srcset=\"javascript:alert(1) 1x, https://x.example/b.png 2x\">", "<img srcset=\"https://x.example/b.png 2x\">")]
    [InlineData("<picture><source srcset=\"javascript:alert(1)\"><img src=\"https://x.example/a.png\" alt=\"a\"></picture>", "<picture><source><img src=\"https://x.example/a.png\" alt=\"a\"></picture>")]
    [InlineData("<form action=\"https://evil.example\"><button formaction=\"javascript:alert(1)\">go</button><input value=\"x\"></form>", "")]
    [InlineData("<svg><script>alert(1)</script><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", "")]
    [InlineData("<svg onload=\"alert(1)\"><animate attributeName=\"href\" values=\"javascript:alert(1)\"/></svg>", "")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>", "<table></table>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">styled</p>", "<p>styled</p>")]
    [InlineData("<style>body{background:red}</style><p>after style</p>", "<p>after style</p>")]
    [InlineData("<base href=\"https://evil.example/\"><a href=\"/x\">rel</a>", "<a href=\"/x\">rel</a>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><p>after iframe</p>", "<p>after iframe</p>")]
    [InlineData("<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">", "")]
    [InlineData("<a href=\"https://ok.example/\" target=\"_blank\" rel=\"opener\">ok link</a>", "<a href=\"https://ok.example/\">ok link</a>")]
    [InlineData("<blockquote cite=\"javascript:alert(1)\">q</blockquote>", "<blockquote>q</blockquote>")]
    [InlineData("<video src=\"https://x.example/v.mp4\" poster=\"javascript:alert(1)\" controls></video>", "<video src=\"https://x.example/v.mp4\" controls=\"\"></video>")]
    [InlineData("<p>a &lt;script&gt; b</p>", "<p>a &lt;script&gt; b</p>")]
    [InlineData("<!-- <script>alert(1)</script> --><p>comment</p>", "<p>comment</p>")]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>", "<img src=\"x\">\"&gt;<p></p>")]
    [InlineData("<a href=\"mailto:a@example.org\">mail</a>", "<a href=\"mailto:a@example.org\">mail</a>")]
    public void Hostile_markup_gives_its_golden_output(string input, string expected) => Assert.Equal(expected, sanitizer.Sanitize(input));

    [Theory]
    [InlineData("javascript:")]
    [InlineData("vbscript:")]
    [InlineData("data:")]
    [InlineData("onerror")]
    [InlineData("onclick")]
    [InlineData("onload")]
    [InlineData("<script")]
    [InlineData("<style")]
    [InlineData("<iframe")]
    [InlineData("<base")]
    [InlineData("<meta")]
    [InlineData("formaction")]
    [InlineData("alert(1)")]
    public void No_output_of_the_table_keeps_anything_that_runs(string dangerous)
    {
        foreach (var input in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "fixtures", "hostile", "markup.txt")))
        {
            Assert.DoesNotContain(dangerous, sanitizer.Sanitize(input), StringComparison.OrdinalIgnoreCase);
        }
    }
}
