import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/ingest/sources/html-to-text.js';

/*
 * Web pages → lines. Pages are built here in the shapes government sites use; every assertion is
 * on the whole output string, so any stray line, space or lost cell shows.
 */

const ARTICLE_PAGE = `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8"><title>临淄区人民政府2017年政府信息公开工作年度报告</title>
  <style>.article { font-size: 16px; }</style>
  <script>var _hmt = _hmt || []; document.write('统计代码');</script>
</head>
<body>
  <header><div class="logo">中国临淄</div></header>
  <nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></nav>
  <div class="position">当前位置：首页 &gt; 政府信息公开年报</div>
  <div class="article">
    <h1>临淄区人民政府2017年政府信息公开
        工作年度报告</h1>
    <p>　　本年度报告根据《中华人民共和国政府信息公开条例》编制。&nbsp;&nbsp;所列数据统计期限从2017年1月1日到12月31日。</p>
    <p>一、概述<br>二、主动公开政府信息情况</p>
    <script>initShare();</script>
    <table border="1">
      <tbody>
        <tr><th>统计指标</th><th>单位</th><th>统计数</th></tr>
        <tr><td>收到申请数</td><td>
            件
          </td><td>249</td></tr>
        <tr><td><p>其中：当面</p><p>申请数</p></td><td>件</td><td></td></tr>
      </tbody>
    </table>
    <p>　　（注：<span>249件</span>中含网上申请。）</p>
  </div>
  <div class="related-links"><h3>相关链接</h3><a href="#">2016年年报</a></div>
  <footer>主办单位：临淄区人民政府办公室</footer>
</body>
</html>`;

describe('HTML → text', () => {
  it('keeps the article as lines, renders the table a row per line with tab-separated cells, and drops the page chrome', () => {
    expect(htmlToText(ARTICLE_PAGE)).toBe(
      [
        '临淄区人民政府2017年政府信息公开工作年度报告',
        '　　本年度报告根据《中华人民共和国政府信息公开条例》编制。 所列数据统计期限从2017年1月1日到12月31日。',
        '一、概述',
        '二、主动公开政府信息情况',
        '统计指标\t单位\t统计数',
        '收到申请数\t件\t249',
        '其中：当面申请数\t件\t',
        '　　（注：249件中含网上申请。）',
      ].join('\n'),
    );
  });

  it('prefers the editor container (TRS_Editor) to a wider content box around it', () => {
    const html = `<body><div id="content"><div class="share">分享到：微信</div><div class="info">来源：区政府办公室 发布时间：2018-03-30</div>
      <div class="TRS_Editor"><p>　　一、概述</p><p>　　本年度共主动公开政府信息7487条。</p></div></div></body>`;
    expect(htmlToText(html)).toBe('　　一、概述\n　　本年度共主动公开政府信息7487条。');
  });

  it('passes over boxes named as page chrome, however much text they hold, and a teaser box with almost none', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li>${2000 + i}年度政府信息公开工作年度报告</li>`).join('');
    // A real report runs to thousands of characters; about 200 are enough to count as the content.
    const paragraph = '　　全年主动公开政府信息7487条，其中政府网站公开信息7487条。'.repeat(6);
    const html = `<body class="article-page"><div class="sideNav-content"><ul>${links}</ul></div>
      <div class="hot-content">热点</div>
      <div class="main-content"><p>　　二、主动公开政府信息情况</p><p>${paragraph}</p></div></body>`;
    expect(htmlToText(html)).toBe(`　　二、主动公开政府信息情况\n${paragraph}`);
  });

  it('takes the whole body when no element looks like the content', () => {
    expect(htmlToText('<html><body><div>政府信息公开工作年度报告</div><div>一、概述</div></body></html>')).toBe('政府信息公开工作年度报告\n一、概述');
  });

  it('reads a page laid out with tables as blocks, but the data table inside it as rows', () => {
    const html = `<body><table width="980"><tr><td class="left"><a href="#">栏目</a></td><td>
      <p>　　三、依申请公开情况</p>
      <table><tr><td>收到申请数</td><td>件</td><td>249</td></tr><tr><td>办结数</td><td>件</td><td>249</td></tr></table>
      </td></tr></table></body>`;
    expect(htmlToText(html)).toBe('栏目\n　　三、依申请公开情况\n收到申请数\t件\t249\n办结数\t件\t249');
  });

  it('leaves one blank line for <br><br>, none for empty paragraphs in a row, and keeps <pre> lines', () => {
    const html = '<body><p>甲<br><br>乙</p><p></p><p>&nbsp;</p><p>丙</p><pre>第一行\n  第二行</pre></body>';
    expect(htmlToText(html)).toBe('甲\n\n乙\n丙\n第一行\n  第二行');
  });

  it('keeps a space where source whitespace separates Latin words or digits from Chinese', () => {
    expect(htmlToText('<body><p>门户网站\n（www.linzi.gov.cn）\n下载，共 249\n件。</p></body>')).toBe('门户网站（www.linzi.gov.cn）下载，共 249 件。');
  });
});
