namespace FeedHub.Core.Digests;

/// <summary>
/// The one inline style sheet of FeedHub's HTML pages (the index, digest lists and pages, not-found pages): reads
/// on a phone and a desktop, follows the reader's light or dark preference, loads nothing from elsewhere.
/// </summary>
public static class PageStyle
{
    public const string Css = """
        :root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fbfbf8;--card:#fff;--muted:#5f6368;--line:#e3e3de;--accent:#0b57d0;--chip:#eef2fb}
        @media (prefers-color-scheme:dark){:root{--fg:#e8e8e3;--bg:#151517;--card:#1d1d20;--muted:#a0a4a8;--line:#2f2f34;--accent:#8ab4f8;--chip:#23293a}}
        *{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        main{max-width:46rem;margin:0 auto;padding:1rem 1rem 3rem}h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}a{color:var(--accent)}
        p{margin:.4rem 0}ul{padding-left:1.2rem}.muted,.window,.meta{color:var(--muted);font-size:.9rem}
        .crumbs{font-size:.9rem;color:var(--muted);margin:0 0 .5rem}.crumbs a{text-decoration:none}
        .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.1rem;margin:1rem 0}
        .card h2{font-size:1.25rem;margin:0 0 .2rem}.card h3{font-size:.8rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);margin:1rem 0 .3rem}
        .chips{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0;padding:0;list-style:none}
        .chips a{display:inline-block;background:var(--chip);border-radius:999px;padding:.2rem .75rem;text-decoration:none;font-size:.9rem}
        .items{list-style:none;padding:0;margin:.3rem 0}.items li{padding:.35rem 0;border-top:1px solid var(--line)}.items li:first-child{border-top:0}
        .items time{display:block;color:var(--muted);font-size:.8rem}
        .sources{list-style:none;padding:0}.sources li{padding:.4rem 0;border-top:1px solid var(--line);overflow-wrap:anywhere}
        article{border-top:1px solid var(--line);padding:1rem 0}article img{display:block;width:100%;max-height:16rem;object-fit:cover;border-radius:8px;margin:.2rem 0 .6rem}
        article h2,article h3{font-size:1.15rem;line-height:1.3;margin:0 0 .35rem}section:not(.card)>h2{font-size:.85rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);margin:1.5rem 0 0}
        .pager{display:flex;justify-content:space-between;gap:1rem;border-top:1px solid var(--line);padding-top:1rem;margin-top:1rem}.pager a{text-decoration:none}
        """;
}
